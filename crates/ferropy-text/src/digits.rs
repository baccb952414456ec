//! Machine integers as digit text, written into stack buffers so that
//! formatting small numbers allocates nothing but its result.

/// A buffer with room for any `u64` in base 2 and any `u128` in base 10.
pub(crate) type DigitBuf = [u8; 64];

/// A fresh [`DigitBuf`].
pub(crate) const fn digit_buf() -> DigitBuf {
    [0; 64]
}

/// The digits of `n` in `radix` (2, 8, 10 or 16; letters upper-case if
/// `upper`), written at the end of `buf`.
pub(crate) fn u64_digits(n: u64, radix: u32, upper: bool, buf: &mut DigitBuf) -> &str {
    let letters = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let end = buf.len();
    let start = match radix {
        2 => write_digits::<2>(n, letters, buf, end, 1),
        8 => write_digits::<8>(n, letters, buf, end, 1),
        16 => write_digits::<16>(n, letters, buf, end, 1),
        _ => write_digits::<10>(n, letters, buf, end, 1),
    };
    ascii(&buf[start..])
}

/// The decimal digits of `n`, written at the end of `buf`.
pub(crate) fn u128_digits(mut n: u128, buf: &mut DigitBuf) -> &str {
    // Peel off 19 digits at a time so the digit loop runs on u64.
    const CHUNK: u128 = 10u128.pow(19);
    let mut end = buf.len();
    while n > u128::from(u64::MAX) {
        end = write_digits::<10>((n % CHUNK) as u64, b"0123456789", buf, end, 19);
        n /= CHUNK;
    }
    let start = write_digits::<10>(n as u64, b"0123456789", buf, end, 1);
    ascii(&buf[start..])
}

/// Write the decimal digits of `n` so that they end at `buf[end]`;
/// returns where they start.
pub(crate) fn write_decimal(n: u64, buf: &mut [u8], end: usize) -> usize {
    write_digits::<10>(n, b"0123456789", buf, end, 1)
}

/// Write the digits of `n` in base `RADIX`, at least `min_len` of them
/// (zero-padded), so that they end at `buf[end]`; returns where they start.
fn write_digits<const RADIX: u64>(
    mut n: u64,
    letters: &[u8],
    buf: &mut [u8],
    end: usize,
    min_len: usize,
) -> usize {
    let mut start = end;
    while n > 0 || end - start < min_len {
        start -= 1;
        buf[start] = letters[(n % RADIX) as usize];
        n /= RADIX;
    }
    start
}

fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("ASCII digits")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_match_std_formatting() {
        let mut buf = digit_buf();
        for n in [0, 1, 9, 10, 255, 1 << 40, u64::MAX - 1, u64::MAX] {
            assert_eq!(u64_digits(n, 2, false, &mut buf), format!("{n:b}"));
            assert_eq!(u64_digits(n, 8, false, &mut buf), format!("{n:o}"));
            assert_eq!(u64_digits(n, 10, false, &mut buf), n.to_string());
            assert_eq!(u64_digits(n, 16, false, &mut buf), format!("{n:x}"));
            assert_eq!(u64_digits(n, 16, true, &mut buf), format!("{n:X}"));
        }
        let chunk = 10u128.pow(19);
        for n in [
            0,
            7,
            chunk - 1,
            chunk,
            chunk * chunk,
            chunk * 5 + 3,
            u128::MAX,
        ] {
            assert_eq!(u128_digits(n, &mut buf), n.to_string());
        }
    }
}
