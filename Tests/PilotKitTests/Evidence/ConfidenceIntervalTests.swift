import Testing
@testable import PilotKit

/// Every interval against the reference implementation, to at least 4 significant digits (the
/// bound used is 1e-9 relative: the methods are exact, not approximations). The call that
/// produced each value is beside it (scipy 1.17.1, statsmodels 0.15.0).
struct ConfidenceIntervalTests {
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    static func expect(_ interval: ConfidenceInterval?, _ low: Double, _ high: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(interval.map { close($0.low, low) && close($0.high, high) } == true, "\(String(describing: interval)) vs (\(low), \(high))",
                sourceLocation: sourceLocation)
    }

    @Test("Student t quantiles", arguments: [
        // scipy.stats.t.ppf(0.975, df)
        (1.0, 12.706204736174694), (2.0, 4.302652729749462), (5.0, 2.5705818356363146), (9.0, 2.262157162798205),
        (29.0, 2.045229642132703), (99.0, 1.9842169515864174), (1199.0, 1.9619444908394381),
    ])
    func studentT(df: Double, quantile: Double) {
        #expect(Self.close(StudentT(degreesOfFreedom: df).quantile(0.975), quantile))
        #expect(Self.close(StudentT(degreesOfFreedom: df).quantile(0.025), -quantile))
    }

    @Test("Student t quantiles at many degrees of freedom, on either side of the expansion, to 1e-12", arguments: [
        // scipy.stats.t.ppf(0.975, df)
        (1999.0, 1.9611514201705613), (2000.0, 1.9611508260994377), (4321.5, 1.960513081959134),
        (100_000.0, 1.9599877075346095), (1_000_000_000.0, 1.959963986912325),
    ])
    func studentTLarge(df: Double, quantile: Double) {
        let t = StudentT(degreesOfFreedom: df)
        #expect(abs(t.quantile(0.975) - quantile) <= 1e-12 * quantile)
        #expect(abs(t.quantile(0.025) + quantile) <= 1e-12 * quantile)
    }

    @Test("a mean: m ± t(0.975, n−1)·s/√n")
    func mean() {
        // m, s, n = 12.3, 4.1, 12; h = scipy.stats.t.ppf(0.975, n - 1) * s / sqrt(n); (m - h, m + h)
        Self.expect(ConfidenceInterval.mean(12.3, sd: 4.1, n: 12), 9.694984281944379, 14.905015718055623)
    }

    @Test("Wilson's score interval")
    func wilson() {
        // statsmodels.stats.proportion.proportion_confint(x, n, method="wilson")
        Self.expect(ConfidenceInterval.wilson(events: 12, n: 40), 0.1807484522974653, 0.45430018818144946)
        Self.expect(ConfidenceInterval.wilson(events: 0, n: 25), 0.0, 0.13319225093904855)
        Self.expect(ConfidenceInterval.wilson(events: 25, n: 25), 0.8668077490609515, 1.0)
    }

    @Test("Clopper–Pearson exact interval")
    func clopperPearson() {
        // statsmodels.stats.proportion.proportion_confint(x, n, method="beta")
        Self.expect(ConfidenceInterval.clopperPearson(events: 0, n: 141), 0.0, 0.025822998663865584)
        Self.expect(ConfidenceInterval.clopperPearson(events: 3, n: 57), 0.010988255898587256, 0.1461990643105235)
        Self.expect(ConfidenceInterval.clopperPearson(events: 30, n: 30), 0.8842966917779722, 1.0)
    }

    @Test("Welch's interval of a difference of means")
    func welch() {
        // m1, s1, n1 = 12.3, 4.1, 38; m0, s0, n0 = 16.0, 5.2, 42; se = sqrt(s1**2/n1 + s0**2/n0);
        // nu = se**4 / ((s1**2/n1)**2/(n1-1) + (s0**2/n0)**2/(n0-1)); t = scipy.stats.t.ppf(0.975, nu)
        // (m1 - m0 - t*se, m1 - m0 + t*se); the same as ttest_ind(..., equal_var=False).confidence_interval()
        Self.expect(
            ConfidenceInterval.welch(mean: 12.3, sd: 4.1, n: 38, baselineMean: 16.0, baselineSD: 5.2, baselineN: 42),
            -5.775448135342696, -1.624551864657303)
    }

    @Test("Newcombe's hybrid score interval of a difference of proportions")
    func newcombe() {
        // statsmodels.stats.proportion.confint_proportions_2indep(x1, n1, x0, n0, method="newcomb", compare="diff")
        Self.expect(ConfidenceInterval.newcombe(events: 30, n: 80, baselineEvents: 18, baselineN: 75), -0.01071751131368992, 0.2720811884775319)
        Self.expect(ConfidenceInterval.newcombe(events: 5, n: 40, baselineEvents: 0, baselineN: 35), 0.0035987234235338866, 0.261121198388511)
    }

    @Test("no interval without enough samples")
    func tooSmall() {
        #expect(ConfidenceInterval.mean(3, sd: 1, n: 1) == nil)
        #expect(ConfidenceInterval.wilson(events: 0, n: 0) == nil)
        #expect(ConfidenceInterval.clopperPearson(events: 4, n: 3) == nil)
    }
}
