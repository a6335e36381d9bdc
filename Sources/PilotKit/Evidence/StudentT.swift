import Foundation

/// Student's t distribution with `degreesOfFreedom` (not necessarily whole: Welch's are not).
struct StudentT {
    let degreesOfFreedom: Double

    /// P(T <= t).
    func cdf(_ t: Double) -> Double {
        let tail = IncompleteBeta.regularized(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5) / 2
        return t >= 0 ? 1 - tail : tail
    }

    /// The t with P(T <= t) = p, for 0 < p < 1.
    func quantile(_ p: Double) -> Double {
        if p == 0.5 { return 0 }
        // P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2): invert for the upper tail, then take the sign.
        let tail = p > 0.5 ? 2 * (1 - p) : 2 * p
        let x = IncompleteBeta.inverse(tail, degreesOfFreedom / 2, 0.5)
        let t = (degreesOfFreedom * (1 - x) / x).squareRoot()
        return p > 0.5 ? t : -t
    }
}
