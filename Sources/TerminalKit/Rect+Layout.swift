// MARK: - Insets, centring and splitting

extension Rect {
    /// Shrinks every side by `amount` cells.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Shrinks each side by its own amount.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// A rectangle of the given size centred in this one, clamped to fit (for modals).
    public func centered(width: Int, height: Int) -> Rect {
        let fittedWidth = min(width, self.width)
        let fittedHeight = min(height, self.height)
        return Rect(
            x: x + (self.width - fittedWidth) / 2,
            y: y + (self.height - fittedHeight) / 2,
            width: fittedWidth,
            height: fittedHeight
        )
    }

    /// Side-by-side columns, left to right, sized by `lengths` with `spacing` cells between them.
    public func columns(_ lengths: [Length], spacing: Int = 0) -> [Rect] {
        var left = x
        return Length.resolve(lengths, in: width, spacing: spacing).map { size in
            defer { left += size + spacing }
            return Rect(x: left, y: y, width: size, height: height)
        }
    }

    /// Stacked rows, top to bottom, sized by `lengths` with `spacing` cells between them.
    public func rows(_ lengths: [Length], spacing: Int = 0) -> [Rect] {
        var top = y
        return Length.resolve(lengths, in: height, spacing: spacing).map { size in
            defer { top += size + spacing }
            return Rect(x: x, y: top, width: width, height: size)
        }
    }
}
