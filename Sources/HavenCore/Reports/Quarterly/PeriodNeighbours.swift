extension Period {
    /// The quarter before, the one a quarterly report compares against.
    public var previous: Period {
        quarter == 1 ? Period(year: year - 1, quarter: 4)! : Period(year: year, quarter: quarter - 1)!
    }
}
