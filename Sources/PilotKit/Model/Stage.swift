import Foundation

/// The pipeline a pilot walks through, one gate decision at a time.
public enum Stage: String, Labeled, Comparable {
    case intake, validation, micro, controlled, expansion, general

    public var title: String {
        switch self {
        case .intake: "intake & vetting"
        case .validation: "silent validation"
        case .micro: "micro-pilot"
        case .controlled: "controlled pilot"
        case .expansion: "wave expansion"
        case .general: "general use"
        }
    }

    public var index: Int { Self.allCases.firstIndex(of: self)! }
    public var next: Stage? { index + 1 < Self.allCases.count ? Self.allCases[index + 1] : nil }
    public var previous: Stage? { index > 0 ? Self.allCases[index - 1] : nil }

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.index < rhs.index }
}

/// Where a pilot stands beside its stage: running, or in one of the side states.
public enum PilotStatus: String, Labeled {
    case active, paused
    case rolledBack = "rolled-back"
    case retired
}
