extension DecisionKind {
    /// What a decision of this kind did to the stage, in words: "micro → controlled", and for one
    /// that kept the stage (a hold, a stop) "hold at expansion", not "expansion → expansion".
    public func stageChange(from: Stage, to: Stage, names: (Stage) -> String = \.rawValue, arrow: String = " → ") -> String {
        from == to ? "\(rawValue) at \(names(from))" : names(from) + arrow + names(to)
    }
}
