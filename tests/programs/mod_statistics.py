import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.pvariance(data))
print(st.stdev(data), st.variance(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.multimode("aabbbcccd"), st.fmean([1.5, 2.5]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.median_grouped([1, 2, 2, 3, 4]))
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2, 3, 4]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(round(st.correlation([1, 2, 3, 4], [2, 4, 6, 9]), 10), st.linear_regression([1, 2, 3], [2, 4, 6]))
