// GoogleTest main for widget tests: one QApplication, offscreen unless told otherwise.
#include <QApplication>
#include <QStandardPaths>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char** argv)
{
    // Test discovery and CI have no display (trap 2 in qt-debian12.md).
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Never read or write the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // As the application does (app/gui/gui_app.cpp): the English plural forms.
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral(":/i18n/ackademy_en.qm")))
        QCoreApplication::installTranslator(&englishPlurals);
    QApplication::setOrganizationName(QStringLiteral("AckademyTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
