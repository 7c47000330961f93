// The main window driven as a user would: actions, keys, the event list and the link settings.
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/event_list_model.hpp"
#include "ui/main_window.hpp"
#include "ui/panels/event_list_panel.hpp"
#include "ui/panels/link_settings_panel.hpp"
#include "ui/playback_controller.hpp"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace ackademy;
using ackademy::ui::MainWindow;

namespace {

std::unique_ptr<MainWindow> makeWindow(const QString& scenario = QStringLiteral("handshake"))
{
    ui::MainWindowOptions options;
    options.persistSettings = false;
    options.interactive = false;
    auto window = std::make_unique<MainWindow>(options);
    EXPECT_TRUE(window->openBuiltin(scenario));
    return window;
}

/// Shows the window and makes it active, so that window shortcuts apply to key presses.
void showActive(MainWindow& window)
{
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

struct SegmentSummary {
    Time sent;
    std::string flags;
    bool lost;
    bool retransmission;
    friend bool operator==(const SegmentSummary&, const SegmentSummary&) = default;
};

std::vector<SegmentSummary> summary(const sim::Timeline& timeline)
{
    std::vector<SegmentSummary> out;
    for (const auto& s : timeline.segments)
        out.push_back({s.sent, s.packet.tcp.flags.names(), s.lost(), s.retransmission});
    return out;
}

bool hasRetransmission(const sim::Timeline& timeline)
{
    for (const auto& s : timeline.segments)
        if (s.retransmission) return true;
    return false;
}

} // namespace

TEST(MainWindow, OpensAndClosesOffscreen)
{
    auto window = makeWindow();
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Ackademy")));
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(window->isVisible());
}

TEST(MainWindow, StepForwardAndBackLandExactlyOnEventTimes)
{
    auto window = makeWindow(QStringLiteral("synack-lost"));
    ui::Document* doc = window->document();
    const std::vector<Time> steps = doc->stepTimes();
    ASSERT_GT(steps.size(), 3U);
    ASSERT_EQ(doc->playhead(), Time{0});
    QAction* forward = window->findAction(QStringLiteral("actionStepForward"));
    QAction* back = window->findAction(QStringLiteral("actionStepBack"));
    ASSERT_NE(forward, nullptr);
    ASSERT_NE(back, nullptr);
    for (std::size_t i = 1; i < steps.size(); ++i) {
        forward->trigger();
        EXPECT_EQ(doc->playhead(), steps[i]) << "step " << i;
    }
    for (std::size_t i = steps.size() - 1; i-- > 0;) {
        back->trigger();
        EXPECT_EQ(doc->playhead(), steps[i]) << "step " << i;
    }
}

TEST(MainWindow, TransportLabelCountsTheEventsAfterTheStart)
{
    // synack-lost has six events after the start: the SYN's arrival (B answers), the SYN,ACK
    // lost, A's RTO (SYN again), its arrival (B's SYN,ACK again), the SYN,ACK's arrival (A's
    // ACK) and the ACK's arrival.
    auto window = makeWindow(QStringLiteral("synack-lost"));
    auto* label = window->findChild<QLabel*>(QStringLiteral("TimeLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().endsWith(QStringLiteral("step 0 of 6"))) << label->text().toStdString();
    window->findAction(QStringLiteral("actionStepForward"))->trigger();
    EXPECT_TRUE(label->text().endsWith(QStringLiteral("step 1 of 6"))) << label->text().toStdString();
    window->document()->setPlayhead(window->document()->endTime());
    EXPECT_TRUE(label->text().endsWith(QStringLiteral("step 6 of 6"))) << label->text().toStdString();
}

TEST(MainWindow, KeyboardShortcutsDrivePlayback)
{
    auto window = makeWindow(QStringLiteral("synack-lost"));
    showActive(*window);
    ui::Document* doc = window->document();
    const std::vector<Time> steps = doc->stepTimes();
    ASSERT_GT(steps.size(), 4U);

    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(doc->playhead(), steps[1]);
    QTest::keyClick(window.get(), Qt::Key_N);
    EXPECT_EQ(doc->playhead(), steps[2]);
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_EQ(doc->playhead(), steps[3]);
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_EQ(doc->playhead(), steps[2]);
    QTest::keyClick(window.get(), Qt::Key_Left);
    EXPECT_EQ(doc->playhead(), steps[1]);
    QTest::keyClick(window.get(), Qt::Key_P);
    EXPECT_EQ(doc->playhead(), steps[0]);
    QTest::keyClick(window.get(), Qt::Key_End);
    EXPECT_EQ(doc->playhead(), doc->endTime());
    QTest::keyClick(window.get(), Qt::Key_Home);
    EXPECT_EQ(doc->playhead(), Time{0});

    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_TRUE(window->playback()->isPlaying());
    EXPECT_TRUE(QTest::qWaitFor([&] { return doc->playhead() > Time{0}; }, 3000));
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_FALSE(window->playback()->isPlaying());
}

TEST(MainWindow, DeleteKeyOnSelectedRowDropsItAndUndoRestoresTheTimeline)
{
    auto window = makeWindow(QStringLiteral("handshake"));
    showActive(*window);
    ui::Document* doc = window->document();
    const auto original = summary(doc->timeline());
    const std::size_t drops = doc->scenario().drops.size();
    ASSERT_FALSE(hasRetransmission(doc->timeline()));

    // Select the SYN+ACK (segment 2) in the event list: the diagram's selection follows.
    QTableView* table = window->eventList()->table();
    table->setFocus();
    table->selectRow(1);
    EXPECT_EQ(doc->selectedSegment(), 1);
    QTest::keyClick(table, Qt::Key_Delete);

    EXPECT_EQ(doc->scenario().drops.size(), drops + 1);
    EXPECT_TRUE(doc->timeline().segments[1].lost());
    EXPECT_EQ(doc->timeline().segments[1].cause, sim::DropCause::Rule);
    EXPECT_TRUE(hasRetransmission(doc->timeline()));
    EXPECT_TRUE(window->isWindowModified());

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(doc->scenario().drops.size(), drops);
    EXPECT_EQ(summary(doc->timeline()), original);

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(doc->scenario().drops.size(), drops + 1);
    EXPECT_TRUE(hasRetransmission(doc->timeline()));
}

TEST(MainWindow, EditActionDropsAndRestoresTheSelectedSegment)
{
    auto window = makeWindow(QStringLiteral("handshake"));
    ui::Document* doc = window->document();
    const auto original = summary(doc->timeline());
    doc->setSelectedSegment(0);
    EXPECT_EQ(window->eventList()->table()->selectionModel()->selectedRows().value(0).row(), 0);
    QAction* drop = window->findAction(QStringLiteral("actionDropSelected"));
    QAction* restore = window->findAction(QStringLiteral("actionRestoreSelected"));
    ASSERT_TRUE(drop->isEnabled());
    EXPECT_FALSE(restore->isEnabled());
    drop->trigger();
    EXPECT_TRUE(doc->timeline().segments[0].lost());
    EXPECT_TRUE(hasRetransmission(doc->timeline()));
    EXPECT_FALSE(drop->isEnabled());
    ASSERT_TRUE(restore->isEnabled());
    restore->trigger();
    EXPECT_EQ(summary(doc->timeline()), original);
}

TEST(MainWindow, DropNextFromBActsAtThePlayhead)
{
    auto window = makeWindow(QStringLiteral("handshake"));
    ui::Document* doc = window->document();
    window->findAction(QStringLiteral("actionDropNextB"))->trigger();
    bool lostFromB = false;
    for (const auto& s : doc->timeline().segments)
        if (s.from == sim::HostId::B && s.lost()) lostFromB = true;
    EXPECT_TRUE(lostFromB);
}

TEST(MainWindow, PlaybackPassesIdleGapsQuicklyAndStopsAtTheEnd)
{
    auto window = makeWindow(QStringLiteral("synack-lost"));
    ui::Document* doc = window->document();
    ui::PlaybackController* playback = window->playback();
    // A one-second RTO wait takes no longer than the cap at 1x, and less at 8x.
    EXPECT_DOUBLE_EQ(ui::PlaybackController::gapWallMs(Time{0}, std::chrono::seconds(1)),
                     ui::PlaybackController::kMaxGapWallMs);
    const std::size_t gaps = doc->stepTimes().size();
    playback->setSpeed(8.0);
    playback->advance(static_cast<double>(gaps) * ui::PlaybackController::kMaxGapWallMs / 8.0 + 1.0);
    EXPECT_EQ(doc->playhead(), doc->endTime());
    playback->setSpeed(100.0);
    EXPECT_EQ(playback->speed(), ui::PlaybackController::kMaxSpeed);
    playback->setSpeed(0.01);
    EXPECT_EQ(playback->speed(), ui::PlaybackController::kMinSpeed);

    // The timer runs only while playing, and playing stops at the end.
    playback->setSpeed(8.0);
    playback->play();
    EXPECT_TRUE(playback->isPlaying());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !playback->isPlaying(); }, 20000));
    EXPECT_EQ(doc->playhead(), doc->endTime());
}

TEST(MainWindow, ScrubberCoversTheWholeTimeline)
{
    auto window = makeWindow(QStringLiteral("synack-lost"));
    ui::Document* doc = window->document();
    QSlider* scrubber = window->scrubber();
    scrubber->setValue(scrubber->maximum());
    EXPECT_EQ(doc->playhead(), doc->endTime());
    scrubber->setValue(0);
    EXPECT_EQ(doc->playhead(), Time{0});
    window->findAction(QStringLiteral("actionEnd"))->trigger();
    EXPECT_EQ(scrubber->value(), scrubber->maximum());
}

TEST(MainWindow, EventListShowsOneRowPerSegment)
{
    auto window = makeWindow(QStringLiteral("synack-lost"));
    ui::EventListModel* model = window->eventList()->model();
    const auto& segments = window->document()->timeline().segments;
    ASSERT_EQ(model->rowCount(), static_cast<int>(segments.size()));
    EXPECT_EQ(model->data(model->index(0, ui::EventListModel::Flags)).toString(), QStringLiteral("SYN"));
    EXPECT_EQ(model->data(model->index(0, ui::EventListModel::Host)).toString(), QStringLiteral("A → B"));
    EXPECT_EQ(model->data(model->index(0, ui::EventListModel::Seq)).toString(),
              QString::number(segments[0].packet.tcp.seq));
    window->document()->setRelativeNumbers(true);
    EXPECT_EQ(model->data(model->index(0, ui::EventListModel::Seq)).toString(), QStringLiteral("0"));
    bool sawLost = false;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->data(model->index(row, ui::EventListModel::Event))
                .toString()
                .contains(QStringLiteral("lost")))
            sawLost = true;
    EXPECT_TRUE(sawLost);
}

TEST(MainWindow, SaveAsWritesJsonThatOpensAgain)
{
    auto window = makeWindow(QStringLiteral("synack-lost"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.json"));
    window->document()->dropSegment(0);
    QString error;
    ASSERT_TRUE(window->saveScenarioAs(path, &error)) << error.toStdString();
    EXPECT_FALSE(window->isWindowModified());
    const auto saved = summary(window->document()->timeline());
    auto other = makeWindow();
    ASSERT_TRUE(other->openFile(path));
    EXPECT_EQ(summary(other->document()->timeline()), saved);
    // An unwritable place fails with a message, and the window keeps its work.
    EXPECT_FALSE(window->saveScenarioAs(dir.filePath(QStringLiteral("no/such/folder/x.json")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(MainWindow, AppActionsAtThePlayheadAreUndoable)
{
    auto window = makeWindow(QStringLiteral("handshake"));
    ui::Document* doc = window->document();
    doc->setPlayhead(doc->endTime());
    const std::size_t actions = doc->scenario().actions.size();
    ASSERT_TRUE(window->addAppAction(sim::HostId::A, sim::ActionKind::Send, QStringLiteral("Hello")));
    EXPECT_EQ(doc->scenario().actions.size(), actions + 1);
    bool sawData = false;
    for (const auto& s : doc->timeline().segments)
        if (s.packet.tcp.payload.size() == 5) sawData = true;
    EXPECT_TRUE(sawData);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario().actions.size(), actions);
}

TEST(MainWindow, ThemeSwitchesTheDiagram)
{
    auto window = makeWindow();
    window->findAction(QStringLiteral("actionDarkTheme"))->trigger();
    EXPECT_TRUE(window->diagram()->theme().dark);
    EXPECT_EQ(window->themeName(), QStringLiteral("dark"));
    window->findAction(QStringLiteral("actionLightTheme"))->trigger();
    EXPECT_FALSE(window->diagram()->theme().dark);
}

TEST(MainWindow, ScenarioMenuListsEveryBuiltinWithItsDescription)
{
    auto window = makeWindow();
    QAction* synack = window->findAction(QStringLiteral("scenario_synack-lost"));
    ASSERT_NE(synack, nullptr);
    EXPECT_FALSE(synack->text().isEmpty());
    EXPECT_FALSE(synack->toolTip().isEmpty());
    EXPECT_NE(synack->text(), synack->toolTip());
    synack->trigger();
    EXPECT_EQ(window->document()->source(), QStringLiteral("synack-lost"));
}

TEST(MainWindow, EveryControlHasAnAccessibleName)
{
    auto window = makeWindow();
    window->show();
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible()) continue;
        if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractSlider*>(w) ||
            qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
            qobject_cast<QAbstractItemView*>(w)) {
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget())) continue;
            if (qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w)) continue;
            EXPECT_FALSE(w->accessibleName().isEmpty())
                << w->metaObject()->className() << " " << w->objectName().toStdString();
        }
    }
}

// ----- Link settings ----------------------------------------------------------------------

TEST(LinkSettings, ApplyLiveAsUndoableChanges)
{
    auto window = makeWindow(QStringLiteral("handshake"));
    ui::Document* doc = window->document();
    ui::LinkSettingsPanel* panel = window->linkSettings();
    panel->spinBox(sim::HostId::A, ui::LinkSettingsPanel::Delay)->setValue(120);
    EXPECT_EQ(doc->scenario().a_to_b.delay, std::chrono::milliseconds(120));
    EXPECT_EQ(doc->timeline().segments[0].arrived, std::chrono::milliseconds(120));
    panel->slider(sim::HostId::B, ui::LinkSettingsPanel::Loss)->setValue(255); // tenths of a percent
    EXPECT_DOUBLE_EQ(doc->scenario().b_to_a.loss, 0.255);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario().a_to_b.delay, std::chrono::milliseconds(50));
    EXPECT_EQ(panel->spinBox(sim::HostId::A, ui::LinkSettingsPanel::Delay)->value(), 50);
}

TEST(LinkSettings, RefuseImpossibleValuesWithAVisibleMessage)
{
    auto window = makeWindow(QStringLiteral("handshake"));
    showActive(*window);
    ui::Document* doc = window->document();
    ui::LinkSettingsPanel* panel = window->linkSettings();
    ui::CheckedSpinBox* loss = panel->spinBox(sim::HostId::A, ui::LinkSettingsPanel::Loss);
    EXPECT_TRUE(panel->message().isEmpty());

    loss->setFocus();
    loss->selectAll();
    QTest::keyClicks(loss, QStringLiteral("150"));
    QTest::keyClick(loss, Qt::Key_Enter);
    EXPECT_LE(loss->value(), 100.0) << loss->text().toStdString();
    EXPECT_LE(doc->scenario().a_to_b.loss, 1.0);
    EXPECT_TRUE(panel->message().contains(QStringLiteral("150")))
        << panel->message().toStdString() << " / " << loss->text().toStdString();

    // Letters are no number either.
    loss->selectAll();
    QTest::keyClicks(loss, QStringLiteral("x"));
    EXPECT_TRUE(panel->message().contains(QStringLiteral("x")));

    // Jitter can never exceed the delay.
    ui::CheckedSpinBox* jitter = panel->spinBox(sim::HostId::A, ui::LinkSettingsPanel::Jitter);
    jitter->setValue(500);
    EXPECT_LE(doc->scenario().a_to_b.jitter, doc->scenario().a_to_b.delay);

    // Out-of-range values set by program are clamped to the range, never applied as given.
    panel->spinBox(sim::HostId::B, ui::LinkSettingsPanel::Reorder)->setValue(250);
    EXPECT_LE(doc->scenario().b_to_a.reorder, 1.0);
    panel->spinBox(sim::HostId::B, ui::LinkSettingsPanel::Delay)->setValue(-5);
    EXPECT_GE(doc->scenario().b_to_a.delay.count(), 0);

    // The seed must be a number.
    QLineEdit* seed = panel->seedEdit();
    const auto before = doc->scenario().seed;
    seed->setText(QStringLiteral("twelve"));
    emit seed->editingFinished();
    EXPECT_EQ(doc->scenario().seed, before);
    EXPECT_TRUE(panel->message().contains(QStringLiteral("twelve")));
    seed->setText(QStringLiteral("42"));
    emit seed->editingFinished();
    EXPECT_EQ(doc->scenario().seed, 42U);
    EXPECT_TRUE(panel->message().isEmpty());
}

TEST(LinkSettings, ProfileSwitch)
{
    auto window = makeWindow(QStringLiteral("handshake"));
    QComboBox* box = window->linkSettings()->profileBox();
    const int linuxIndex = box->findData(QStringLiteral("linux"));
    ASSERT_GE(linuxIndex, 0);
    box->setCurrentIndex(linuxIndex);
    emit box->activated(linuxIndex);
    EXPECT_EQ(window->document()->scenario().profile, "linux");
    window->document()->undoStack()->undo();
    EXPECT_EQ(window->document()->scenario().profile, "rfc");
    EXPECT_EQ(box->currentData().toString(), QStringLiteral("rfc"));
}

TEST(MainWindow, ThemeLayoutAndLastScenarioPersist)
{
    QSettings().clear(); // test mode (qt_test_main.cpp): never the user's settings
    ui::MainWindowOptions options;
    options.interactive = false;
    {
        MainWindow first(options);
        ASSERT_TRUE(first.openBuiltin(QStringLiteral("synack-lost")));
        first.setThemeName(QStringLiteral("dark"));
        first.show();
        EXPECT_TRUE(first.close());
    }
    MainWindow second(options);
    EXPECT_EQ(second.document()->source(), QStringLiteral("handshake"));
    second.restoreSettings(true);
    EXPECT_EQ(second.document()->source(), QStringLiteral("synack-lost"));
    EXPECT_EQ(second.themeName(), QStringLiteral("dark"));
    second.setThemeName(QStringLiteral("light"));
    QSettings().clear();
}

TEST(LinkSettings, FitUnclippedUnderTheDiagramAt1920x1080)
{
    auto window = makeWindow(QStringLiteral("synack-lost"));
    window->resize(1920, 1080);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("LinkSettingsDock"));
    ASSERT_NE(dock, nullptr);
    dock->raise();
    QCoreApplication::processEvents();
    ui::LinkSettingsPanel* panel = window->linkSettings();
    auto* scroll = window->findChild<QScrollArea*>(QStringLiteral("LinkSettingsScroll"));
    ASSERT_NE(scroll, nullptr);
    const QRect viewport = scroll->viewport()->rect();
    for (sim::HostId host : {sim::HostId::A, sim::HostId::B}) {
        for (int f = 0; f < ui::LinkSettingsPanel::FieldCount; ++f) {
            QWidget* spin = panel->spinBox(host, static_cast<ui::LinkSettingsPanel::Field>(f));
            const QRect r(spin->mapTo(scroll->viewport(), QPoint(0, 0)), spin->size());
            EXPECT_TRUE(viewport.contains(r)) << "field " << f;
        }
    }
    // ACKADEMY_UI_SHOTS=DIR keeps a picture to look at.
    if (const QByteArray dir = qgetenv("ACKADEMY_UI_SHOTS"); !dir.isEmpty())
        window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/link_settings.png"));
}

TEST(MainWindow, KeyboardShortcutsDialogListsTheKeys)
{
    auto window = makeWindow();
    window->show();
    QString text;
    QTimer::singleShot(0, [&text] {
        QWidget* modal = QApplication::activeModalWidget();
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box == nullptr) return;
        text = box->text();
        if (const QByteArray dir = qgetenv("ACKADEMY_UI_SHOTS"); !dir.isEmpty())
            box->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/shortcuts.png"));
        box->close();
    });
    window->findAction(QStringLiteral("actionShortcuts"))->trigger();
    EXPECT_TRUE(text.contains(QStringLiteral("Page Down")));
    EXPECT_TRUE(text.contains(QStringLiteral("Delete")));
}
