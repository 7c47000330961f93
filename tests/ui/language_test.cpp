// Switching the language at run time (issue 7): the Language menu's actions, with the real
// .qm files embedded under :/i18n, retranslate what is on screen — menus, dock titles, the link
// settings, the event list's headers, the narration already shown and the diagram's labels —
// and format numbers for the new locale; switching back brings the English texts back.
#include "ui/diagram/diagram_layout.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/event_list_model.hpp"
#include "ui/language.hpp"
#include "ui/main_window.hpp"
#include "ui/panels/event_list_panel.hpp"
#include "ui/panels/narration_panel.hpp"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QTabBar>
#include <QToolBar>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace ackademy;
using ackademy::ui::Language;
using ackademy::ui::MainWindow;

namespace {

/// What the .qm of `language` says for a source text: the expected text, straight from the
/// translation files. A string the translators have not done yet comes back empty.
QString qm(const QString& language, const char* context, const char* source)
{
    QTranslator translator;
    EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/ackademy_%1.qm").arg(language))) << language.toStdString();
    return translator.translate(context, source);
}

/// The test's expectation for a text that must differ from English in `language`.
QString translated(const QString& language, const char* context, const char* source)
{
    const QString t = qm(language, context, source);
    EXPECT_FALSE(t.isEmpty()) << context << " \"" << source << "\" has no " << language.toStdString()
                              << " translation";
    EXPECT_NE(t, QString::fromUtf8(source)) << context << " \"" << source << "\"";
    return t;
}

/// As the Language menu does it: trigger the entry, then deliver the posted LanguageChange.
void choose(MainWindow& window, const QString& code)
{
    QAction* action = window.findAction(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
    ASSERT_NE(action, nullptr) << code.toStdString();
    action->trigger();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QString menuTitle(MainWindow& window, int index)
{
    return window.menuBar()->actions().value(index)->text();
}

QString dockTitle(MainWindow& window, const char* name)
{
    auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(name));
    return dock != nullptr ? dock->windowTitle() : QString();
}

QString lostLabel(MainWindow& window)
{
    const auto& segments = window.diagram()->diagramLayout().segments;
    const auto it = std::find_if(segments.begin(), segments.end(),
                                 [](const ui::SegmentGeometry& g) { return !g.lostText.isEmpty(); });
    return it != segments.end() ? it->lostText : QString();
}

QString breakLabel(MainWindow& window)
{
    const auto& breaks = window.diagram()->diagramLayout().breaks;
    return breaks.empty() ? QString() : breaks.front().text;
}

class LanguageSwitch : public ::testing::Test {
protected:
    void SetUp() override
    {
        ui::MainWindowOptions options;
        options.persistSettings = false;
        options.interactive = false;
        window_ = std::make_unique<MainWindow>(options);
        ASSERT_TRUE(window_->openBuiltin(QStringLiteral("synack-lost")));
        window_->resize(1600, 1000);
        window_->show();
        window_->document()->setPlayhead(window_->document()->endTime());
        QCoreApplication::processEvents();
        choose(*window_, QStringLiteral("en"));
    }
    void TearDown() override
    {
        // Never leave another test in German.
        Language::instance()->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    /// The English texts the window shows on synack-lost at its end.
    void expectEnglish()
    {
        MainWindow& w = *window_;
        EXPECT_EQ(menuTitle(w, 0), QStringLiteral("&File"));
        EXPECT_EQ(menuTitle(w, 2), QStringLiteral("&View"));
        EXPECT_EQ(w.findChild<QMenu*>(QStringLiteral("LanguageMenu"))->title(), QStringLiteral("&Language"));
        EXPECT_EQ(w.findAction(QStringLiteral("language_system"))->text(), QStringLiteral("&System Default"));
        EXPECT_EQ(dockTitle(w, "EventListDock"), QStringLiteral("Events"));
        EXPECT_EQ(dockTitle(w, "NarrationDock"), QStringLiteral("Narration"));
        EXPECT_EQ(dockTitle(w, "StateDiagramDock"), QStringLiteral("State Diagram"));
        EXPECT_EQ(w.findChild<QGroupBox*>(QStringLiteral("LinkAB"))->title(), QStringLiteral("Link A → B"));
        EXPECT_EQ(w.eventList()->model()->headerData(ui::EventListModel::TimeColumn, Qt::Horizontal).toString(),
                  QStringLiteral("Time (ms)"));
        EXPECT_EQ(w.diagram()->diagramLayout().titleA, QStringLiteral("Host A"));
        // synack-lost drops host B's first SYN,ACK with the rule B:S.
        EXPECT_EQ(lostLabel(w), QStringLiteral("lost: drop rule “B:S.”"));
        EXPECT_EQ(w.speedBox()->itemText(0), QStringLiteral("0.25×"));
        const QStringList sentences = w.findChild<ui::NarrationPanel*>()->sentences();
        EXPECT_TRUE(sentences.contains(QStringLiteral(
            "The SYN+ACK (seq = 1739326486, ack = 3626544837) from Host B to Host A is lost (drop rule B:S.).")))
            << sentences.join(QLatin1Char('\n')).toStdString();
    }

    std::unique_ptr<MainWindow> window_;
};

} // namespace

TEST(Language, NormalizesWhatUsersType)
{
    EXPECT_EQ(Language::normalize(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(Language::normalize(QStringLiteral("de_AT")), QStringLiteral("de"));
    EXPECT_EQ(Language::normalize(QStringLiteral("FR-ca")), QStringLiteral("fr"));
    EXPECT_EQ(Language::normalize(QStringLiteral("es_MX")), QStringLiteral("es"));
    EXPECT_EQ(Language::normalize(QStringLiteral("en_GB")), QStringLiteral("en"));
    EXPECT_EQ(Language::normalize(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    EXPECT_EQ(Language::normalize(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(Language::normalize(QStringLiteral("zh_cn")), QStringLiteral("zh_CN"));
    EXPECT_EQ(Language::normalize(QStringLiteral("zh-Hans-CN")), QStringLiteral("zh_CN"));
    // Traditional Chinese is another written language: not shipped.
    EXPECT_EQ(Language::normalize(QStringLiteral("zh_TW")), QString());
    EXPECT_EQ(Language::normalize(QStringLiteral("zh-Hant")), QString());
    EXPECT_EQ(Language::normalize(QStringLiteral("ja")), QString());
    EXPECT_EQ(Language::normalize(QStringLiteral("english")), QString());
    EXPECT_EQ(Language::normalize(QString()), QString());
    EXPECT_EQ(Language::supportedCodes(), QStringLiteral("en, zh_CN, de, es, fr"));
}

TEST(Language, EveryShippedLanguageHasItsQmFile)
{
    for (const ui::LanguageInfo& l : Language::supported()) {
        QTranslator translator;
        EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/ackademy_%1.qm").arg(l.code))) << l.code.toStdString();
    }
}

TEST(Language, ACjkFontIsInstalled)
{
    // Without one, every Chinese character is a box (scripts/bootstrap.sh installs
    // fonts-wqy-microhei).
    EXPECT_FALSE(QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
}

TEST_F(LanguageSwitch, TheMenuListsEachLanguageInItsOwnName)
{
    const QMenu* menu = window_->findChild<QMenu*>(QStringLiteral("LanguageMenu"));
    ASSERT_NE(menu, nullptr);
    QStringList entries;
    for (const QAction* a : menu->actions())
        if (!a->isSeparator()) entries << a->text();
    EXPECT_EQ(entries, (QStringList{QStringLiteral("&System Default"), QStringLiteral("English"),
                                    QStringLiteral("简体中文"), QStringLiteral("Deutsch"),
                                    QStringLiteral("Español"), QStringLiteral("Français")}));
    EXPECT_TRUE(window_->findAction(QStringLiteral("language_en"))->isChecked());
    EXPECT_FALSE(window_->setLanguage(QStringLiteral("xx")));
    EXPECT_TRUE(window_->findAction(QStringLiteral("language_en"))->isChecked());
}

TEST_F(LanguageSwitch, GermanAndBack)
{
    MainWindow& w = *window_;
    expectEnglish();

    choose(w, QStringLiteral("de"));
    const QString de = QStringLiteral("de");
    EXPECT_EQ(Language::instance()->current(), de);
    EXPECT_TRUE(w.findAction(QStringLiteral("language_de"))->isChecked());
    EXPECT_EQ(menuTitle(w, 0), translated(de, "ackademy::ui::MainWindow", "&File"));
    EXPECT_EQ(menuTitle(w, 2), translated(de, "ackademy::ui::MainWindow", "&View"));
    EXPECT_EQ(menuTitle(w, 1), QStringLiteral("&Bearbeiten")); // as ackademy_de.ts has it
    EXPECT_EQ(dockTitle(w, "EventListDock"), translated(de, "ackademy::ui::MainWindow", "Events"));
    EXPECT_EQ(dockTitle(w, "NarrationDock"), translated(de, "ackademy::ui::NarrationPanel", "Narration"));
    EXPECT_EQ(dockTitle(w, "StateDiagramDock"), translated(de, "ackademy::ui::MainWindow", "State Diagram"));
    EXPECT_EQ(w.findChild<QGroupBox*>(QStringLiteral("LinkAB"))->title(),
              qm(de, "ackademy::ui::LinkSettingsPanel", "Link %1")
                  .arg(qm(de, "ackademy::ui::LinkSettingsPanel", "A → B")));
    EXPECT_EQ(w.eventList()->model()->headerData(ui::EventListModel::TimeColumn, Qt::Horizontal).toString(),
              translated(de, "ackademy::ui::EventListModel", "Time (ms)"));
    // The diagram is painted, not made of widgets: its layout is built again in German.
    EXPECT_EQ(lostLabel(w), translated(de, "DiagramLayout", "lost: %1")
                                .arg(translated(de, "DiagramLayout", "drop rule “%1”").arg(QStringLiteral("B:S."))));
    // Numbers follow the locale: a decimal comma in German.
    EXPECT_EQ(w.speedBox()->itemText(0), QStringLiteral("0,25×"));
    EXPECT_EQ(breakLabel(w), qm(de, "DiagramLayout", "≈ %1").arg(qm(de, "DiagramLayout", "%1 s").arg(QStringLiteral("0,950"))))
        << breakLabel(w).toStdString();
    // The narration already on screen is told again in German.
    const QStringList sentences = w.findChild<ui::NarrationPanel*>()->sentences();
    const QString lost =
        translated(de, "ackademy::ui::NarrationPanel", "The %1 (%2) from Host %3 to Host %4 is lost (%5).")
            .arg(QStringLiteral("SYN+ACK"),
                 qm(de, "ackademy::ui::NarrationPanel", "seq = %1, ack = %2")
                     .arg(QStringLiteral("1739326486"), QStringLiteral("3626544837")),
                 QStringLiteral("B"), QStringLiteral("A"),
                 translated(de, "ackademy::ui::NarrationPanel", "drop rule %1").arg(QStringLiteral("B:S.")));
    // Spelled out once, as ackademy_de.ts has it, so that the test does not only agree with itself.
    EXPECT_EQ(lost, QStringLiteral("Das Segment SYN+ACK (seq = 1739326486, ack = 3626544837) von Host B an Host A "
                                   "geht verloren (Verwerfregel B:S.)."));
    EXPECT_TRUE(sentences.contains(lost)) << lost.toStdString() << "\nnot in\n"
                                          << sentences.join(QLatin1Char('\n')).toStdString();

    choose(w, QStringLiteral("en"));
    EXPECT_EQ(Language::instance()->current(), QStringLiteral("en"));
    expectEnglish();
}

TEST_F(LanguageSwitch, SimplifiedChineseAndBack)
{
    MainWindow& w = *window_;
    choose(w, QStringLiteral("zh_CN"));
    const QString zh = QStringLiteral("zh_CN");
    EXPECT_EQ(menuTitle(w, 2), translated(zh, "ackademy::ui::MainWindow", "&View"));
    EXPECT_EQ(dockTitle(w, "EventListDock"), translated(zh, "ackademy::ui::MainWindow", "Events"));
    EXPECT_EQ(dockTitle(w, "NarrationDock"), translated(zh, "ackademy::ui::NarrationPanel", "Narration"));
    EXPECT_EQ(lostLabel(w), translated(zh, "DiagramLayout", "lost: %1")
                                .arg(translated(zh, "DiagramLayout", "drop rule “%1”").arg(QStringLiteral("B:S."))));
    // Chinese text, not English left over: the dock title is written in Han characters.
    const QString events = dockTitle(w, "EventListDock");
    EXPECT_TRUE(std::any_of(events.begin(), events.end(), [](QChar c) { return c.script() == QChar::Script_Han; }))
        << events.toStdString();

    choose(w, QStringLiteral("en"));
    expectEnglish();
}

TEST_F(LanguageSwitch, GermanFitsTheDefaultWindowSize)
{
    // German names are the longest: at 1280 pixels the transport buttons drop their names
    // (icons and tooltips stay) so that the playhead time stays in the toolbar, and the panel
    // tabs scroll instead of cutting their titles to "Ereignis…".
    MainWindow& w = *window_;
    choose(w, QStringLiteral("de"));
    w.resize(1280, 800);
    QCoreApplication::processEvents();
    const auto* time = w.findChild<QLabel*>(QStringLiteral("TimeLabel"));
    ASSERT_NE(time, nullptr);
    EXPECT_TRUE(time->isVisible());
    EXPECT_LE(time->mapTo(&w, QPoint(time->width(), 0)).x(), w.width());
    EXPECT_EQ(w.findChild<QToolBar*>(QStringLiteral("TransportToolBar"))->toolButtonStyle(), Qt::ToolButtonIconOnly);
    int tabBars = 0;
    for (const QTabBar* tabs : w.findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
        EXPECT_EQ(tabs->elideMode(), Qt::ElideNone);
        ++tabBars;
    }
    EXPECT_GT(tabBars, 0);

    // Wide enough again: the names come back.
    w.resize(1920, 1080);
    QCoreApplication::processEvents();
    EXPECT_EQ(w.findChild<QToolBar*>(QStringLiteral("TransportToolBar"))->toolButtonStyle(),
              Qt::ToolButtonTextBesideIcon);
}

TEST(LanguageSettings, TheMenuChoiceIsRemembered)
{
    // Test mode (qt_test_main.cpp) keeps these settings away from the user's.
    QSettings().remove(QStringLiteral("view/language"));
    ui::MainWindowOptions options;
    options.persistSettings = true;
    options.interactive = false;
    MainWindow window(options);
    window.findAction(QStringLiteral("language_fr"))->trigger();
    EXPECT_EQ(Language::instance()->chosen(), QStringLiteral("fr"));
    EXPECT_EQ(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("fr"));
    // "System Default" is remembered as no choice: the next start follows the desktop again.
    window.findAction(QStringLiteral("language_system"))->trigger();
    EXPECT_TRUE(QSettings().contains(QStringLiteral("view/language")));
    EXPECT_EQ(QSettings().value(QStringLiteral("view/language")).toString(), QString());
    EXPECT_TRUE(window.findAction(QStringLiteral("language_system"))->isChecked());
    EXPECT_EQ(Language::instance()->current(), Language::systemCode());
    QSettings().remove(QStringLiteral("view/language"));
    Language::instance()->apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
}
