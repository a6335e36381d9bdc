/// What an interval says about a target: met when the whole interval satisfies it, not met when
/// the whole interval fails it, inconclusive between; insufficient when there is no interval to
/// judge (too few samples, no baseline for a relative target, a mean without a standard deviation).
public enum EvidenceStatus: String, Labeled {
    case met
    case notMet = "not-met"
    case inconclusive
    case insufficient
}
