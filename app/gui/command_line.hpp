#pragma once
// The GUI's command line, parsed without a QApplication so that bad arguments are reported
// (one line, exit 2) even where no display could be opened:
//
//   ackademy [SCENARIO] [--profile P] [--drop SPEC]... [--at-ms T | --step N | --end]
//            [--theme light|dark] [--size WxH] [--select N] [--panel NAME] [--presentation]
//            [--screenshot FILE.png] [--export FILE.png|svg|pdf] [--lang CODE]

#include "core/sim/scenario.hpp"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace ackademy::gui {

struct GuiOptions {
    sim::Scenario scenario;       ///< loaded, with --profile and --drop applied
    QString source;               ///< built-in name or file path
    bool scenarioGiven = false;   ///< false: the default (or the last one, interactively)
    bool scenarioEdited = false;  ///< --profile or --drop given
    std::optional<QString> theme; ///< "light" or "dark"
    /// --lang: the user interface language for this run, normalized ("de", "zh_CN", ...); it
    /// wins over the one chosen in the Language menu and over the system's.
    std::optional<QString> language;
    std::optional<QSize> size;    ///< window size
    std::optional<Time> atTime;   ///< --at-ms
    std::optional<int> steps;     ///< --step N
    bool end = false;             ///< --end
    std::optional<int> select;    ///< --select N: the N-th segment on the wire (1-based)
    QString panel;                ///< --panel NAME: the panel shown on top of its tab group
    bool presentation = false;    ///< --presentation
    QString screenshot;           ///< --screenshot FILE.png
    QString exportPath;           ///< --export FILE.png|svg|pdf

    /// Renders a file and exits instead of showing the window.
    bool batch() const { return !screenshot.isEmpty() || !exportPath.isEmpty(); }
};

struct ParseResult {
    enum class Action { Run, Exit };
    Action action = Action::Run;
    int exitCode = 0;
    QString output; ///< for stdout (help, version)
    QString error;  ///< one line for stderr, without the program name
    GuiOptions options;
};

/// `arguments` includes the program name first, as QCoreApplication::arguments() does.
ParseResult parseGuiArguments(const QStringList& arguments);

/// The panels --panel knows, by name ("events", "inspector", ...), with their dock's object name.
QStringList panelNames();
QString panelDockName(const QString& panel);

} // namespace ackademy::gui
