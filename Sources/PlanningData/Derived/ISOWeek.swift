/// Calendar dates and ISO-8601 week numbers, without Foundation's calendars (fast and exact).
public enum ISOWeek {
    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    public static func weekday(dayNumber: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        let k = (dayNumber + 3) % 7
        return (k < 0 ? k + 7 : k) + 1
    }

    /// Number of ISO weeks of `year`: 53 when 1 January is a Thursday, or a Wednesday in a leap year.
    public static func weeksInYear(_ year: Int) -> Int {
        let jan1 = weekday(dayNumber: dayNumber(year: year, month: 1, day: 1))
        return jan1 == 4 || (jan1 == 3 && isLeapYear(year)) ? 53 : 52
    }

    /// The ISO week (1–53) of a date; 29 December – 3 January may fall in the neighbouring year's week.
    public static func week(year: Int, month: Int, day: Int) -> Int {
        let n = dayNumber(year: year, month: month, day: day)
        let ordinal = n - dayNumber(year: year, month: 1, day: 1) + 1
        let week = (ordinal - weekday(dayNumber: n) + 10) / 7
        if week < 1 { return weeksInYear(year - 1) }
        if week > weeksInYear(year) { return 1 }
        return week
    }

    /// Parses a strict `YYYY-MM-DD` date; nil when it is not one or names no real day.
    public static func parseDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var v = 0
            for k in range {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                v = v * 10 + Int(b[k] - 48)
            }
            return v
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
              (1...12).contains(m), d >= 1, d <= daysInMonth(year: y, month: m) else { return nil }
        return (y, m, d)
    }
}
