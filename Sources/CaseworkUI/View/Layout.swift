/// Sizes shared by update (cursor movement) and view (drawing), so both agree on where text wraps.
public enum Layout {
    public static let formLabelWidth = 18
    /// Width of the checklist's item list pane: none below 110 columns, where one item per page leaves
    /// the guidance room to be read (a row of markers shows the section's picture instead).
    public static func listPaneWidth(_ size: Size) -> Int { size.columns >= 110 ? 40 : 0 }
    /// Width of the checklist's detail pane text.
    public static func detailWidth(_ size: Size) -> Int {
        let list = listPaneWidth(size)
        return list == 0 ? size.columns - 2 : size.columns - list - 3
    }
}
