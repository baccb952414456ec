//! Calendar arithmetic for `time.gmtime` and `time.strftime`: UTC broken-down
//! time from seconds since the epoch, and the directives of `strftime`.

/// A broken-down UTC time (the nine `struct_time` sequence fields).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    /// 1..=12
    pub mon: i64,
    /// 1..=31
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday is 0.
    pub wday: i64,
    /// 1..=366
    pub yday: i64,
    pub isdst: i64,
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Year, month and day of the proleptic Gregorian calendar for `days`
/// since 1970-01-01, counting in 400-year eras of 146097 days.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468; // days since 0000-03-01
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The UTC broken-down time of `secs` seconds since the epoch.
pub fn gmtime(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    const CUMULATIVE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap_day = i64::from(mon > 2 && is_leap(year));
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7), // 1970-01-01 was a Thursday
        yday: CUMULATIVE[(mon - 1) as usize] + mday + leap_day,
        isdst: 0,
    }
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon.clamp(1, 12) - 1) as usize]
}

/// `strftime(format, tm)` in the C locale; `zone` and `gmtoff` feed `%Z`
/// and `%z`. Unknown directives are copied as they are, as glibc does.
pub fn strftime(format: &str, tm: &Tm, zone: &str, gmtoff: i64) -> String {
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(d) => directive(&mut out, d, tm, zone, gmtoff),
            None => out.push('%'),
        }
    }
    out
}

fn directive(out: &mut String, d: char, tm: &Tm, zone: &str, gmtoff: i64) {
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let text = match d {
        'Y' => tm.year.to_string(),
        'y' => format!("{:02}", tm.year.rem_euclid(100)),
        'C' => format!("{:02}", tm.year.div_euclid(100)),
        'm' => format!("{:02}", tm.mon),
        'd' => format!("{:02}", tm.mday),
        'e' => format!("{:2}", tm.mday),
        'H' => format!("{:02}", tm.hour),
        'I' => format!("{hour12:02}"),
        'M' => format!("{:02}", tm.min),
        'S' => format!("{:02}", tm.sec),
        'p' => (if tm.hour < 12 { "AM" } else { "PM" }).to_string(),
        'a' => day_name(tm)[..3].to_string(),
        'A' => day_name(tm).to_string(),
        'b' | 'h' => month_name(tm)[..3].to_string(),
        'B' => month_name(tm).to_string(),
        'j' => format!("{:03}", tm.yday),
        'w' => ((tm.wday + 1).rem_euclid(7)).to_string(),
        'u' => (tm.wday.rem_euclid(7) + 1).to_string(),
        'D' => strftime("%m/%d/%y", tm, zone, gmtoff),
        'F' => strftime("%Y-%m-%d", tm, zone, gmtoff),
        'T' => strftime("%H:%M:%S", tm, zone, gmtoff),
        'R' => strftime("%H:%M", tm, zone, gmtoff),
        'c' => strftime("%a %b %e %H:%M:%S %Y", tm, zone, gmtoff),
        'x' => strftime("%m/%d/%y", tm, zone, gmtoff),
        'X' => strftime("%H:%M:%S", tm, zone, gmtoff),
        'Z' => zone.to_string(),
        'z' => {
            let sign = if gmtoff < 0 { '-' } else { '+' };
            let m = gmtoff.abs() / 60;
            format!("{sign}{:02}{:02}", m / 60, m % 60)
        }
        'n' => "\n".to_string(),
        't' => "\t".to_string(),
        '%' => "%".to_string(),
        other => format!("%{other}"),
    };
    out.push_str(&text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        let t = gmtime(0);
        assert_eq!((t.year, t.mon, t.mday, t.wday, t.yday), (1970, 1, 1, 3, 1));
        let t = gmtime(-1);
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.sec, t.yday),
            (1969, 12, 31, 23, 59, 365)
        );
        let t = gmtime(951_782_400); // 2000-02-29
        assert_eq!((t.year, t.mon, t.mday, t.yday), (2000, 2, 29, 60));
    }
}
