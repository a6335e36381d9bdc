import Foundation

/// Student's t distribution with `degreesOfFreedom` (not necessarily whole: Welch's are not).
struct StudentT {
    let degreesOfFreedom: Double

    /// P(T <= t).
    func cdf(_ t: Double) -> Double {
        let tail = IncompleteBeta.regularized(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5) / 2
        return t >= 0 ? 1 - tail : tail
    }

    /// The density at t.
    func pdf(_ t: Double) -> Double {
        let v = degreesOfFreedom
        let halfPlus: Double = (v + 1) / 2
        let logNormalizer: Double = lgamma(halfPlus) - lgamma(v / 2) - 0.5 * log(v * Double.pi)
        let logKernel: Double = halfPlus * log1p(t * t / v)
        return exp(logNormalizer - logKernel)
    }

    /// The t with P(T <= t) = p, for 0 < p < 1: exact for 1 and 2 degrees of freedom; from
    /// `asymptotic` degrees of freedom on, the Cornish–Fisher expansion to its fourth term, which
    /// is then within a unit in the last place; otherwise Newton's method from the expansion's
    /// first terms, kept inside a bracket that bisection narrows whenever a step would leave it.
    /// A gate evaluates hundreds of these (every size `needed_n` tries, up to a billion), and the
    /// distribution function costs continued-fraction steps that grow as the square root of the
    /// degrees of freedom, so a few steps instead of a blind bisection, and none where the
    /// expansion is exact, matter.
    func quantile(_ p: Double) -> Double {
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p) }
        let v = degreesOfFreedom
        if v == 1 { return tan(.pi * (p - 0.5)) }
        if v == 2 { return (2 * p - 1) / (2 * p * (1 - p)).squareRoot() }
        let z = Self.normalQuantile(p)
        let z3 = z * z * z
        let z5 = z3 * z * z
        let first = (z3 + z) / 4
        let second = (5 * z5 + 16 * z3 + 3 * z) / 96
        if v >= Self.asymptotic {
            let z7 = z5 * z * z
            let third = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384
            let fourth = (79 * z7 * z * z + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160
            return z + (first + (second + (third + fourth / v) / v) / v) / v
        }
        var t = z + first / v + second / (v * v)
        var low = 0.0
        var high = Swift.max(2 * t, 1)
        while cdf(high) < p { high *= 2 }
        for _ in 0..<100 {
            let error = cdf(t) - p
            if error > 0 { high = Swift.min(high, t) } else { low = Swift.max(low, t) }
            if abs(error) < 1e-15 { break }
            var next = t - error / pdf(t)
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - t) <= 1e-15 * Swift.max(1, abs(t)) { t = next; break }
            t = next
        }
        return t
    }

    /// Degrees of freedom from which the expansion alone is exact to double precision: its first
    /// omitted term is below 1e-15 of t for every p up to 0.9995 (checked against scipy).
    static let asymptotic = 2_000.0

    /// The standard normal quantile (Acklam's rational approximation, then one Halley step on
    /// erfc): a starting point only, exact to about 1e-15 after the step.
    static func normalQuantile(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        var x: Double
        if p < 0.02425 || p > 1 - 0.02425 {
            let q = (-2 * log(Swift.min(p, 1 - p))).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
            if p > 0.5 { x = -x }
        } else {
            let q = p - 0.5
            let r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
        let u = e * (2 * .pi).squareRoot() * exp(x * x / 2)
        return x - u / (1 + x * u / 2)
    }
}
