// A whole GUI session, offscreen, for the leak check (issue 9; scripts/leakcheck.sh runs it
// under valgrind memcheck): open a scenario file, step through it to the end, drop a segment,
// step through again, export the diagram (SVG, PNG) and the trace (pcap), quit.
//   gui_leak_run SCENARIO.json OUTPUT_DIR
// Exits 0 when every step did what it should, 1 (with one line on stderr) otherwise, so a
// broken session is not mistaken for a clean one.
#include "ui/diagram/diagram_export.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/main_window.hpp"
#include "ui/theme.hpp"
#include "ui/trace_export.hpp"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace ackademy::ui;

namespace {

int fail(const QString& what)
{
    std::fprintf(stderr, "gui_leak_run: %s\n", qPrintable(what));
    return 1;
}

/// Presses → until the playhead stops moving (the end); returns the number of steps.
int stepThrough(MainWindow& window)
{
    QAction* forward = window.findAction(QStringLiteral("actionStepForward"));
    window.findAction(QStringLiteral("actionHome"))->trigger();
    QCoreApplication::processEvents();
    int steps = 0;
    for (; steps < 1000; ++steps) {
        const auto before = window.document()->playhead();
        forward->trigger();
        QCoreApplication::processEvents();
        if (window.document()->playhead() == before) break;
    }
    return steps;
}

int session(const QString& scenario, const QString& outDir)
{
    MainWindowOptions options;
    options.persistSettings = false;
    options.interactive = false;
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    if (!window.openFile(scenario)) return fail(QStringLiteral("cannot open ") + scenario);
    const int stepsBefore = stepThrough(window);
    if (stepsBefore < 3) return fail(QStringLiteral("stepped only %1 times").arg(stepsBefore));

    // Drop the second segment (the SYN,ACK of a handshake) as a click and Delete would.
    const auto segmentsBefore = window.document()->timeline().segments.size();
    window.document()->setSelectedSegment(1);
    window.findAction(QStringLiteral("actionDropSelected"))->trigger();
    QCoreApplication::processEvents();
    if (!window.document()->timeline().segments.at(1).lost())
        return fail(QStringLiteral("the selected segment was not dropped"));
    const int stepsAfter = stepThrough(window);
    if (window.document()->timeline().segments.size() <= segmentsBefore || stepsAfter <= stepsBefore)
        return fail(QStringLiteral("no retransmission after the drop"));

    QString error;
    for (const char* name : {"leak-run.svg", "leak-run.png"}) {
        const QString path = QDir(outDir).filePath(QString::fromLatin1(name));
        if (!exportDiagram(*window.document(), window.diagram()->theme(), path, ExportOptions{}, &error))
            return fail(error);
    }
    if (!exportTrace(*window.document(), QDir(outDir).filePath(QStringLiteral("leak-run.pcap")),
                     TraceFormat::Pcap, ackademy::trace::Vantage::Wire, false, &error))
        return fail(error);

    window.findAction(QStringLiteral("actionQuit"))->trigger();
    QCoreApplication::processEvents();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: gui_leak_run SCENARIO.json OUTPUT_DIR\n");
        return 2;
    }
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication app(argc, argv);
    const QString scenario = QFileInfo(QString::fromLocal8Bit(argv[1])).absoluteFilePath();
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    return session(scenario, outDir);
}
