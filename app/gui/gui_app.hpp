#pragma once
// The whole of the ackademy GUI's main(): parse the command line, then either render a file
// (--screenshot, --export) without showing a window, or run the application.

namespace ackademy::gui {

/// The reverse-DNS application id: the .desktop file, the AppStream id and the icon name.
inline constexpr const char* kAppId = "io.github.ackademy.ackademy";

int runGui(int argc, char** argv);

} // namespace ackademy::gui
