// ackademy: the classroom GUI.
#include "ui/main_window.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ackademy"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Interactive TCP simulator for the classroom"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Render the window to FILE.png and exit."),
                                  QStringLiteral("FILE.png"));
    parser.addOption(screenshot);
    parser.process(app);

    ackademy::ui::MainWindow window;
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        window.show();
        const QPixmap shot = window.grab();
        if (!shot.save(file, "PNG")) {
            std::fprintf(stderr, "ackademy: cannot write screenshot %s\n", qPrintable(file));
            return 2;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
