#include "app/gui/gui_app.hpp"

#include "app/gui/command_line.hpp"
#include "ui/diagram/diagram_export.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/language.hpp"
#include "ui/main_window.hpp"
#include "ui/presentation.hpp"

#include <QApplication>
#include <QDockWidget>
#include <QFont>
#include <QIcon>
#include <QPixmap>
#include <QSaveFile>
#include <QSettings>
#include <QStyleFactory>

#include <cstdio>
#include <cstdlib>

namespace ackademy::gui {

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "ackademy: %s\n", qPrintable(message));
    return 2;
}

void placePlayhead(ui::Document& document, const GuiOptions& o)
{
    if (o.atTime) document.setPlayhead(*o.atTime);
    if (o.steps) {
        Time t{0};
        for (int i = 0; i < *o.steps && t < document.endTime(); ++i) t = document.nextStep(t);
        document.setPlayhead(t);
    }
    if (o.end) document.setPlayhead(document.endTime());
}

bool writeScreenshot(ui::MainWindow& window, const QString& path, QString* error)
{
    const QPixmap shot = window.grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !shot.save(&file, "PNG") || !file.commit()) {
        *error = QCoreApplication::translate("ackademy::gui::CommandLine", "cannot write %1: %2")
                     .arg(path, file.errorString().isEmpty()
                                    ? QCoreApplication::translate("ackademy::gui::CommandLine",
                                                                  "PNG encoding failed")
                                    : file.errorString());
        return false;
    }
    return true;
}

QtMessageHandler previousHandler = nullptr;

/// Rendering a file offscreen: keep stderr for what matters, not the platform plugin's chatter.
void quietBatchMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtInfoMsg || type == QtDebugMsg) {
        if (message.contains(QLatin1String("propagateSizeHints")) ||
            message.contains(QLatin1String("XDG_RUNTIME_DIR")))
            return;
    }
    if (previousHandler != nullptr) previousHandler(type, context, message);
}

/// The --lang value as typed, found without the full parser: help and errors are written in
/// that language even when another argument is wrong.
QString requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(QLatin1String("--lang="))) return a.mid(7);
    }
    return {};
}

} // namespace

int runGui(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
    ParseResult parsed = parseGuiArguments(arguments);
    if (parsed.action == ParseResult::Action::Exit) {
        // --help, --version and every error: say it in the user's language (--lang, else the
        // system's), which needs an application object for the translators; no GUI is needed.
        QCoreApplication core(argc, argv);
        if (!ui::Language::instance()->apply(requestedLanguage(arguments)))
            ui::Language::instance()->apply(QString());
        parsed = parseGuiArguments(arguments);
        if (!parsed.output.isEmpty()) std::fputs(qPrintable(parsed.output), stdout);
        if (!parsed.error.isEmpty()) return fail(parsed.error);
        return parsed.exitCode;
    }
    const GuiOptions& o = parsed.options;
    // Rendering a file never needs a screen: don't fail for lack of one.
    if (o.batch() && std::getenv("QT_QPA_PLATFORM") == nullptr && std::getenv("DISPLAY") == nullptr &&
        std::getenv("WAYLAND_DISPLAY") == nullptr)
        setenv("QT_QPA_PLATFORM", "offscreen", 1);

    if (o.batch()) previousHandler = qInstallMessageHandler(quietBatchMessages);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ackademy"));
    QApplication::setOrganizationDomain(QStringLiteral("ackademy.github.io"));
    QApplication::setApplicationName(QStringLiteral("Ackademy"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ackademy"));
    QApplication::setApplicationVersion(QStringLiteral(ACKADEMY_VERSION));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(kAppId))));
    // The language before any widget exists: --lang for this run, else the one chosen in the
    // Language menu, else the system's. A rendered picture (--screenshot, --export) ignores
    // the saved choice, as it ignores the rest of the settings, so that it is reproducible.
    // Language also installs the English .qm, which carries the plural forms ("%n byte(s)")
    // that Qt 6.4 does not derive from the source text (trap 3 in qt-debian12.md).
    QString language = o.language.value_or(QString());
    if (!o.language && !o.batch()) language = QSettings().value(QStringLiteral("view/language")).toString();
    if (!ui::Language::instance()->apply(language)) ui::Language::instance()->apply(QString());
    // Fusion follows the palette exactly, so the dark theme is dark everywhere.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // Read from the back of a lecture hall: never smaller than 12 points.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 12.0) {
        font.setPointSizeF(12.0);
        QApplication::setFont(font);
    }

    ui::MainWindowOptions windowOptions;
    windowOptions.persistSettings = !o.batch();
    windowOptions.interactive = !o.batch();
    ui::MainWindow window(windowOptions);
    // An explicit scenario (or --profile/--drop, or a picture to render) wins over the last one.
    const bool useParsed = o.scenarioGiven || o.scenarioEdited || o.batch();
    window.restoreSettings(!useParsed);
    if (useParsed && !window.openScenario(o.scenario, o.source))
        return fail(
            QCoreApplication::translate("ackademy::gui::CommandLine", "cannot simulate %1").arg(o.source));
    if (o.theme) window.setThemeName(*o.theme);
    if (o.size) window.resize(*o.size);
    placePlayhead(*window.document(), o);
    if (o.select) {
        const int count = static_cast<int>(window.document()->timeline().segments.size());
        if (*o.select > count)
            return fail(
                //: %1 the number given to --select (an option name: keep it), %2 the scenario, %3 its segment
                //: count
                QCoreApplication::translate("ackademy::gui::CommandLine", "--select %1: %2 has %3 segments")
                    .arg(*o.select)
                    .arg(o.source)
                    .arg(count));
        window.document()->setSelectedSegment(*o.select - 1);
    }
    if (!o.panel.isEmpty()) {
        if (auto* dock = window.findChild<QDockWidget*>(panelDockName(o.panel))) {
            dock->show();
            dock->raise();
        } else {
            return fail(QCoreApplication::translate("ackademy::gui::CommandLine",
                                                    "--panel %1: this build has no such panel")
                            .arg(o.panel));
        }
    }

    if (o.batch()) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        QCoreApplication::processEvents();
        if (o.presentation) {
            // Offscreen there is no screen to fill: present at the window's size.
            window.presentation()->enter(false);
            QCoreApplication::processEvents();
        }
        QString error;
        if (!o.screenshot.isEmpty() && !writeScreenshot(window, o.screenshot, &error)) return fail(error);
        if (!o.exportPath.isEmpty()) {
            ui::ExportOptions exportOptions;
            if (!ui::exportDiagram(*window.document(), window.diagram()->theme(), o.exportPath, exportOptions,
                                   &error))
                return fail(error);
        }
        return 0;
    }
    window.show();
    if (o.presentation) window.presentation()->enter(!o.size.has_value());
    return QApplication::exec();
}

} // namespace ackademy::gui
