import TermUI
import VConModel

/// Application state, commands and screens of the browser.
public enum BrowserCoreInfo {
    public static let name = "BrowserCore"
}
