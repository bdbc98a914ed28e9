import Foundation

/// What the workbench records about itself in the run history.
public enum WorkbenchInfo {
    /// Samplan's version (the same as `samplan --version`).
    public static let samplanVersion = "0.1.0"

    /// The server's user, for "who" in the history.
    static var serverUser: String {
        // A service started without a login shell has no USER: the account's name then.
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? NSUserName()
    }
}
