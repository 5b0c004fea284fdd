// The bundled data: templates/, settings/ and training/ beside this file. This target exists so that
// SwiftPM copies them next to the built binary; CaseworkCore's BundledResources finds them at run time.

/// Where this source file was when the binary was built: the last place to look for the data, so a
/// development build still finds it if the copied bundle has been removed.
public let caseworkResourcesSourceFolder: String = {
    let file = #filePath
    return String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)])
}()
