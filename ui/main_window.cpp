#include "ui/main_window.hpp"

#include "core/scenario/builtin.hpp"
#include "core/scenario/json.hpp"
#include "ui/panels/cwnd_plot.hpp"
#include "ui/panels/state_diagram.hpp"
#include "ui/presentation.hpp"
#include "ui/scenario_texts.hpp"
#include "ui/diagram/diagram_export.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/language.hpp"
#include "ui/live_controls.hpp"
#include "ui/live_session.hpp"
#include "ui/live_session_dialog.hpp"
#include "ui/panels/event_list_panel.hpp"
#include "ui/panels/host_panel.hpp"
#include "ui/panels/link_settings_panel.hpp"
#include "ui/panels/narration_panel.hpp"
#include "ui/panels/packet_inspector.hpp"
#include "ui/playback_controller.hpp"
#include "ui/theme.hpp"
#include "ui/trace_export.hpp"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace ackademy::ui {

namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};
const QString kDefaultScenario = QStringLiteral("handshake");

QString millis(Time t)
{
    //: A time in milliseconds with three decimals, e.g. "1000.000 ms"
    return QCoreApplication::translate("ackademy::ui::MainWindow", "%1 ms")
        .arg(QLocale().toString(static_cast<double>(t.count()) / 1000.0, 'f', 3));
}

/// The menu text of an application call (with its mnemonic), also used in undo texts.
QString actionText(sim::ActionKind kind)
{
    switch (kind) {
    case sim::ActionKind::Listen:
        //: Application call: passive open (the socket API's listen())
        return QCoreApplication::translate("ackademy::ui::MainWindow", "&Listen");
    case sim::ActionKind::Connect:
        //: Application call: active open (the socket API's connect())
        return QCoreApplication::translate("ackademy::ui::MainWindow", "&Connect");
    case sim::ActionKind::Send:
        return QCoreApplication::translate("ackademy::ui::MainWindow", "&Send Text…");
    case sim::ActionKind::Close:
        //: Application call: close the connection politely (FIN)
        return QCoreApplication::translate("ackademy::ui::MainWindow", "Cl&ose");
    case sim::ActionKind::Abort:
        return QCoreApplication::translate("ackademy::ui::MainWindow", "&Abort (RST)");
    case sim::ActionKind::Crash:
        //: The host crashes and forgets every connection
        return QCoreApplication::translate("ackademy::ui::MainWindow", "C&rash");
    default:
        break;
    }
    return QString::fromUtf8(sim::to_string(kind).data(),
                             static_cast<qsizetype>(sim::to_string(kind).size()));
}

/// actionText() without its mnemonic and trailing ellipsis, for sentences.
QString plainActionText(sim::ActionKind kind)
{
    // CJK translations carry the mnemonic as a suffix, "连接(&C)"; drop it whole, then any '&'.
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&.\\)"));
    QString text = actionText(kind).remove(cjkMnemonic).remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) text.chop(1);
    return text;
}

QPalette paletteFor(const Theme& theme)
{
    QPalette p = QApplication::style()->standardPalette();
    if (!theme.dark) return p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor muted(0x8c, 0x8c, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xae));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x43));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

enum class TransportIcon { Start, Back, Play, Pause, Forward, End };

/// Transport icons drawn in the palette's text colour, so they are as clear in the dark theme
/// as in the light one (the style's media icons are black on every background).
QIcon transportIcon(TransportIcon kind, const QColor& color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const double s = size;
        auto triangle = [&](double x0, double x1, bool right) {
            QPolygonF t;
            if (right)
                t << QPointF(x0, s * 0.2) << QPointF(x1, s * 0.5) << QPointF(x0, s * 0.8);
            else
                t << QPointF(x1, s * 0.2) << QPointF(x0, s * 0.5) << QPointF(x1, s * 0.8);
            p.drawPolygon(t);
        };
        auto bar = [&](double x) { p.drawRect(QRectF(x, s * 0.2, s * 0.12, s * 0.6)); };
        switch (kind) {
        case TransportIcon::Start:
            bar(s * 0.14);
            triangle(s * 0.26, s * 0.56, false);
            triangle(s * 0.56, s * 0.86, false);
            break;
        case TransportIcon::Back:
            bar(s * 0.66);
            triangle(s * 0.2, s * 0.62, false);
            break;
        case TransportIcon::Play:
            triangle(s * 0.25, s * 0.8, true);
            break;
        case TransportIcon::Pause:
            p.drawRect(QRectF(s * 0.25, s * 0.2, s * 0.17, s * 0.6));
            p.drawRect(QRectF(s * 0.58, s * 0.2, s * 0.17, s * 0.6));
            break;
        case TransportIcon::Forward:
            bar(s * 0.22);
            triangle(s * 0.38, s * 0.8, true);
            break;
        case TransportIcon::End:
            triangle(s * 0.14, s * 0.44, true);
            triangle(s * 0.44, s * 0.74, true);
            bar(s * 0.74);
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent), options_(options), document_(new Document(this)),
      playback_(new PlaybackController(document_, this)), diagram_(new SequenceDiagramView(document_, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    diagram_->setAccessibleName(tr("Sequence diagram"));
    setCentralWidget(diagram_);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStateDocks();
    statusBar()->setObjectName(QStringLiteral("StatusBar"));
    hintLabel_ = new QLabel(this);
    hintLabel_->setObjectName(QStringLiteral("KeyHints"));
    hintLabel_->setEnabled(false); // muted: a reminder, not a message
    statusBar()->addPermanentWidget(hintLabel_);
    liveSession_ = new LiveSession(document_, this);
    liveLabel_ = new QLabel(this);
    liveLabel_->setObjectName(QStringLiteral("LiveIndicator"));
    liveLabel_->setVisible(false);
    statusBar()->addPermanentWidget(liveLabel_);
    // Send a line, close (FIN), abort (RST) while live: a row under the transport bar, and the
    // same actions in the File menu after Stop Live Session.
    liveControls_ = new LiveControlBar(document_, liveSession_, this);
    addToolBarBreak();
    addToolBar(liveControls_);
    {
        const QList<QAction*> file = fileMenu_->actions();
        const qsizetype after = file.indexOf(stopLiveAction_) + 1;
        fileMenu_->insertActions(after < file.size() ? file[after] : nullptr, liveControls_->menuActions());
    }
    connect(liveControls_, &LiveControlBar::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    retranslateUi();
    updateLanguageActions();

    connect(document_, &Document::timelineChanged, this, [this] {
        updateTransport();
        updateEditActions();
        updateTitle();
    });
    connect(document_, &Document::playheadChanged, this, [this] {
        updateTransport();
        updateEditActions();
    });
    connect(document_, &Document::selectionChanged, this, &MainWindow::updateEditActions);
    connect(document_, &Document::displayOptionsChanged, this,
            [this] { relativeAction_->setChecked(document_->relativeNumbers()); });
    connect(document_, &Document::errorOccurred, this, &MainWindow::reportError);
    connect(document_, &Document::liveChanged, this, [this] {
        updateLiveActions();
        updateEditActions();
    });
    // The bridge's notices and the session's end, where the status messages go.
    connect(liveSession_, &LiveSession::notice, this,
            [this](const QString& text) { statusBar()->showMessage(tr("Live session: %1").arg(text), 10000); });
    connect(liveSession_, &LiveSession::finished, this,
            [this](const QString& why) { statusBar()->showMessage(why); });
    connect(document_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(document_->undoStack(), &QUndoStack::indexChanged, this, [this] {
        const QUndoStack* stack = document_->undoStack();
        if (stack->index() > 0) statusBar()->showMessage(stack->text(stack->index() - 1), 5000);
    });
    connect(playback_, &PlaybackController::playingChanged, this, &MainWindow::updateTransport);
    connect(diagram_, &SequenceDiagramView::dropRequested, document_, &Document::dropSegment);
    connect(diagram_, &SequenceDiagramView::restoreRequested, document_, &Document::restoreSegment);

    // Until the user picks one: follow the desktop (Qt 6.4 has no colorScheme() yet).
    const QPalette system = QApplication::palette();
    const bool systemDark =
        system.color(QPalette::WindowText).lightness() > system.color(QPalette::Window).lightness();
    setThemeName(systemDark ? QStringLiteral("dark") : QStringLiteral("light"));
    resize(1280, 800);
    openBuiltin(kDefaultScenario);
}

MainWindow::~MainWindow()
{
    // The document is deleted first among our children; what it and its undo stack emit while
    // they are destroyed must reach nobody who is half destroyed already.
    playback_->pause();
    // Stop a live session first (its I/O thread joined, the TUN device removed) while the
    // document it writes into is still whole.
    liveSession_->disconnect();
    delete liveSession_;
    liveSession_ = nullptr;
    document_->undoStack()->disconnect();
    document_->disconnect();
}

QAction* MainWindow::findAction(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const char* name, const QList<QKeySequence>& keys = {}) {
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        addAction(action); // shortcuts work whether or not a menu or toolbar shows the action
        return action;
    };

    openAction_ = make("actionOpen", {QKeySequence::Open});
    connect(openAction_, &QAction::triggered, this, &MainWindow::openFileDialog);
    saveAsAction_ = make("actionSaveAs", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    connect(saveAsAction_, &QAction::triggered, this, &MainWindow::saveAsDialog);
    exportWholeAction_ = make("actionExportWhole", {QKeySequence(Qt::CTRL | Qt::Key_E)});
    connect(exportWholeAction_, &QAction::triggered, this, [this] { exportDialog(false); });
    exportVisibleAction_ = make("actionExportVisible", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    connect(exportVisibleAction_, &QAction::triggered, this, [this] { exportDialog(true); });
    exportHiDpiAction_ = make("actionExportHiDpi");
    exportHiDpiAction_->setCheckable(true);
    quitAction_ = make("actionQuit", {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    liveAction_ = make("actionLiveSession");
    connect(liveAction_, &QAction::triggered, this, &MainWindow::liveSessionDialog);
    stopLiveAction_ = make("actionStopLiveSession");
    stopLiveAction_->setEnabled(false);
    connect(stopLiveAction_, &QAction::triggered, this, &MainWindow::stopLiveSession);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    undoAction_ = document_->undoStack()->createUndoAction(this);
    undoAction_->setObjectName(QStringLiteral("actionUndo"));
    undoAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    addAction(undoAction_);
    redoAction_ = document_->undoStack()->createRedoAction(this);
    redoAction_->setObjectName(QStringLiteral("actionRedo"));
    redoAction_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(redoAction_);
    dropAction_ = make("actionDropSelected", {QKeySequence(Qt::Key_Delete)});
    connect(dropAction_, &QAction::triggered, this,
            [this] { document_->dropSegment(document_->selectedSegment()); });
    restoreAction_ = make("actionRestoreSelected", {QKeySequence(Qt::Key_Insert)});
    connect(restoreAction_, &QAction::triggered, this,
            [this] { document_->restoreSegment(document_->selectedSegment()); });
    dropNextAAction_ = make("actionDropNextA", {QKeySequence(Qt::CTRL | Qt::Key_D)});
    connect(dropNextAAction_, &QAction::triggered, this, [this] {
        if (!document_->dropNextFrom(sim::HostId::A))
            statusBar()->showMessage(tr("Host A sends nothing more."), 5000);
    });
    dropNextBAction_ = make("actionDropNextB", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    connect(dropNextBAction_, &QAction::triggered, this, [this] {
        if (!document_->dropNextFrom(sim::HostId::B))
            statusBar()->showMessage(tr("Host B sends nothing more."), 5000);
    });

    zoomInAction_ =
        make("actionZoomIn", {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(zoomInAction_, &QAction::triggered, diagram_, &SequenceDiagramView::zoomIn);
    zoomOutAction_ = make("actionZoomOut", {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    connect(zoomOutAction_, &QAction::triggered, diagram_, &SequenceDiagramView::zoomOut);
    fitAction_ = make("actionFit", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(fitAction_, &QAction::triggered, diagram_, &SequenceDiagramView::fitToWindow);
    relativeAction_ = make("actionRelativeNumbers", {QKeySequence(Qt::CTRL | Qt::Key_R)});
    relativeAction_->setCheckable(true);
    connect(relativeAction_, &QAction::toggled, document_, &Document::setRelativeNumbers);
    themeGroup_ = new QActionGroup(this);
    lightAction_ = make("actionLightTheme");
    darkAction_ = make("actionDarkTheme");
    for (QAction* a : {lightAction_, darkAction_}) {
        a->setCheckable(true);
        themeGroup_->addAction(a);
    }
    connect(lightAction_, &QAction::triggered, this, [this] { setThemeName(QStringLiteral("light")); });
    connect(darkAction_, &QAction::triggered, this, [this] { setThemeName(QStringLiteral("dark")); });
    // View → Language: "System Default", then each language in its own name (never translated).
    languageGroup_ = new QActionGroup(this);
    systemLanguageAction_ = make("language_system");
    systemLanguageAction_->setData(QString());
    QList<QAction*> languageActions{systemLanguageAction_};
    for (const LanguageInfo& language : Language::supported()) {
        auto* action = new QAction(language.nativeName, this);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setData(language.code);
        languageActions << action;
    }
    for (QAction* action : languageActions) {
        action->setCheckable(true);
        languageGroup_->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { setLanguage(action->data().toString()); });
    }
    connect(Language::instance(), &Language::changed, this, &MainWindow::updateLanguageActions);

    homeAction_ = make("actionHome", {QKeySequence(Qt::Key_Home)});
    connect(homeAction_, &QAction::triggered, playback_, &PlaybackController::goToStart);
    backAction_ = make("actionStepBack",
                       {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_PageUp)});
    connect(backAction_, &QAction::triggered, playback_, &PlaybackController::stepBack);
    playAction_ = make("actionPlay", {QKeySequence(Qt::Key_Space)});
    connect(playAction_, &QAction::triggered, playback_, &PlaybackController::togglePlay);
    forwardAction_ = make("actionStepForward", {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_N),
                                                QKeySequence(Qt::Key_PageDown)});
    connect(forwardAction_, &QAction::triggered, playback_, &PlaybackController::stepForward);
    endAction_ = make("actionEnd", {QKeySequence(Qt::Key_End)});
    connect(endAction_, &QAction::triggered, playback_, &PlaybackController::goToEnd);

    shortcutsAction_ = make("actionShortcuts", {QKeySequence(Qt::Key_F1)});
    connect(shortcutsAction_, &QAction::triggered, this, &MainWindow::showShortcuts);
    aboutAction_ = make("actionAbout");
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);

    for (const scenario::BuiltinInfo& info : scenario::builtin_scenarios()) {
        auto* action = new QAction(this);
        const QString name = QString::fromStdString(info.name);
        action->setObjectName(QStringLiteral("scenario_") + name);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] {
            if (maybeDiscardChanges()) openBuiltin(name);
        });
        scenarioActions_ << action;
    }
    for (sim::HostId host : {sim::HostId::A, sim::HostId::B}) {
        for (sim::ActionKind kind :
             {sim::ActionKind::Listen, sim::ActionKind::Connect, sim::ActionKind::Send,
              sim::ActionKind::Close, sim::ActionKind::Abort, sim::ActionKind::Crash}) {
            auto* action = new QAction(this);
            action->setObjectName(QStringLiteral("app_%1_%2")
                                      .arg(QLatin1Char(sim::host_letter(host)))
                                      .arg(QString::fromUtf8(sim::to_string(kind).data())));
            action->setData(QVariant::fromValue(static_cast<int>(kind)));
            connect(action, &QAction::triggered, this,
                    [this, host, kind] { askAndAddAppAction(host, kind); });
            appActions_ << action;
        }
    }
}

void MainWindow::createMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openAction_);
    fileMenu_->addAction(saveAsAction_);
    fileMenu_->addSeparator();
    exportMenu_ = fileMenu_->addMenu(QString());
    exportMenu_->addAction(exportWholeAction_);
    exportMenu_->addAction(exportVisibleAction_);
    exportMenu_->addSeparator();
    exportMenu_->addAction(exportHiDpiAction_);
    fileMenu_->addMenu(new TraceExportMenu(document_, this)); // pcap, tcpdump text, JSON lines
    fileMenu_->addSeparator();
    fileMenu_->addAction(liveAction_);
    fileMenu_->addAction(stopLiveAction_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    editMenu_->addSeparator();
    editMenu_->addAction(dropAction_);
    editMenu_->addAction(restoreAction_);
    editMenu_->addSeparator();
    editMenu_->addAction(dropNextAAction_);
    editMenu_->addAction(dropNextBAction_);

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(zoomInAction_);
    viewMenu_->addAction(zoomOutAction_);
    viewMenu_->addAction(fitAction_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(relativeAction_);
    themeMenu_ = viewMenu_->addMenu(QString());
    themeMenu_->addAction(lightAction_);
    themeMenu_->addAction(darkAction_);
    languageMenu_ = viewMenu_->addMenu(QString());
    languageMenu_->setObjectName(QStringLiteral("LanguageMenu"));
    languageMenu_->addAction(systemLanguageAction_);
    languageMenu_->addSeparator();
    for (QAction* action : languageGroup_->actions())
        if (action != systemLanguageAction_) languageMenu_->addAction(action);
    viewMenu_->addSeparator();
    docksMenu_ = viewMenu_->addMenu(QString());

    scenarioMenu_ = menuBar()->addMenu(QString());
    scenarioMenu_->setToolTipsVisible(true);
    scenarioMenu_->addActions(scenarioActions_);
    scenarioMenu_->addSeparator();
    for (int h = 0; h < 2; ++h) {
        hostMenus_[h] = scenarioMenu_->addMenu(QString());
        hostMenus_[h]->setToolTipsVisible(true);
        hostMenus_[h]->addActions(appActions_.mid(static_cast<qsizetype>(h) * 6, 6));
    }

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(shortcutsAction_);
    helpMenu_->addAction(aboutAction_);
}

void MainWindow::createToolBar()
{
    transportBar_ = addToolBar(QString());
    transportBar_->setObjectName(QStringLiteral("TransportToolBar"));
    transportBar_->setMovable(false);
    transportBar_->setIconSize(QSize(32, 32));
    transportBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    transportBar_->addAction(homeAction_);
    transportBar_->addAction(backAction_);
    transportBar_->addAction(playAction_);
    transportBar_->addAction(forwardAction_);
    transportBar_->addAction(endAction_);
    transportBar_->addSeparator();

    speed_ = new QComboBox(transportBar_);
    speed_->setObjectName(QStringLiteral("SpeedBox"));
    for (double s : kSpeeds) speed_->addItem(QString(), s);
    speed_->setCurrentIndex(2);
    connect(speed_, &QComboBox::currentIndexChanged, this,
            [this](int index) { playback_->setSpeed(speed_->itemData(index).toDouble()); });
    transportBar_->addWidget(speed_);
    transportBar_->addSeparator();

    scrubber_ = new QSlider(Qt::Horizontal, transportBar_);
    scrubber_->setObjectName(QStringLiteral("Scrubber"));
    scrubber_->setMinimumWidth(240);
    scrubber_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(scrubber_, &QSlider::valueChanged, this, [this](int value) {
        if (scrubbing_) return;
        playback_->pause();
        document_->setPlayhead(playback_->timeAtScrubPosition(value));
    });
    transportBar_->addWidget(scrubber_);

    timeLabel_ = new QLabel(transportBar_);
    timeLabel_->setObjectName(QStringLiteral("TimeLabel"));
    timeLabel_->setContentsMargins(12, 0, 12, 0);
    QFont mono = timeLabel_->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    timeLabel_->setFont(mono);
    transportBar_->addWidget(timeLabel_);
}

void MainWindow::createDocks()
{
    // The diagram keeps the full width (its two lifelines and their labels need it at a size
    // the back row can read); the panels share the bottom as tabs.
    eventList_ = new EventListPanel(document_, this);
    eventDock_ = new QDockWidget(this);
    eventDock_->setObjectName(QStringLiteral("EventListDock"));
    eventDock_->setWidget(eventList_);
    addDockWidget(Qt::BottomDockWidgetArea, eventDock_);

    linkSettings_ = new LinkSettingsPanel(document_, this);
    linkDock_ = new QDockWidget(this);
    linkDock_->setObjectName(QStringLiteral("LinkSettingsDock"));
    // In a scroll area, so the window can be as small as a projector or a --size asks.
    auto* linkScroll = new QScrollArea(linkDock_);
    linkScroll->setObjectName(QStringLiteral("LinkSettingsScroll"));
    linkScroll->setWidget(linkSettings_);
    linkScroll->setWidgetResizable(true);
    linkScroll->setFrameShape(QFrame::NoFrame);
    linkDock_->setWidget(linkScroll);
    tabifyDockWidget(eventDock_, linkDock_);
    setTabPosition(Qt::BottomDockWidgetArea, QTabWidget::North);
    eventDock_->raise();

    // Why it happens: the inspector and the hosts' variables as tabs beside the events, and
    // the narration to their right, always in view. Each panel titles its own dock.
    auto* inspectorDock = new QDockWidget(this);
    inspectorDock->setObjectName(QStringLiteral("PacketInspectorDock"));
    inspectorDock->setWidget(new PacketInspector(document_, inspectorDock));
    tabifyDockWidget(eventDock_, inspectorDock);
    auto* hostsDock = new QDockWidget(this);
    hostsDock->setObjectName(QStringLiteral("HostsDock"));
    hostsDock->setWidget(new HostsPanel(document_, hostsDock));
    tabifyDockWidget(eventDock_, hostsDock);
    auto* narrationDock = new QDockWidget(this);
    narrationDock->setObjectName(QStringLiteral("NarrationDock"));
    narrationDock->setWidget(new NarrationPanel(document_, narrationDock));
    addDockWidget(Qt::BottomDockWidgetArea, narrationDock, Qt::Horizontal); // beside the tabs
    inspectorDock->raise();

    docksMenu_->addAction(eventDock_->toggleViewAction());
    docksMenu_->addAction(linkDock_->toggleViewAction());
    for (QDockWidget* dock : {inspectorDock, hostsDock, narrationDock})
        docksMenu_->addAction(dock->toggleViewAction());
    docksMenu_->addAction(transportBar_->toggleViewAction());
}

void MainWindow::createStateDocks()
{
    // The state diagram and the congestion window, as tabs beside the events; presentation
    // mode (F11) in the View menu and the toolbar.
    stateDiagram_ = new StateDiagramView(document_, this);
    auto* stateDock = stateDock_ = new QDockWidget(this);
    stateDock->setObjectName(QStringLiteral("StateDiagramDock"));
    stateDock->setWidget(stateDiagram_);
    tabifyDockWidget(eventDock_, stateDock);
    cwndPlot_ = new CwndPlotView(document_, this);
    auto* cwndDock = cwndDock_ = new QDockWidget(this);
    cwndDock->setObjectName(QStringLiteral("CwndPlotDock"));
    cwndDock->setWidget(cwndPlot_);
    tabifyDockWidget(eventDock_, cwndDock);
    for (QDockWidget* dock : {stateDock, cwndDock}) docksMenu_->addAction(dock->toggleViewAction());
    // Queued: the docks are shown before the window's first showEvent lays the panels out.
    connect(
        stateDock, &QDockWidget::visibilityChanged, this, &MainWindow::fitStateDiagram,
        Qt::QueuedConnection);
    // Keep the panel that was on top (the inspector when there is one) on top.
    if (auto* top = findChild<QDockWidget*>(QStringLiteral("PacketInspectorDock")))
        top->raise();
    else
        eventDock_->raise();
    presentation_ = new PresentationMode(this);
    viewMenu_->addSeparator();
    viewMenu_->addAction(presentation_->toggleAction());
    transportBar_->addSeparator();
    transportBar_->addAction(presentation_->toggleAction());
}

void MainWindow::retranslateUi()
{
    openAction_->setText(tr("&Open Scenario…"));
    saveAsAction_->setText(tr("Save Scenario &As…"));
    exportWholeAction_->setText(tr("&Whole Diagram…"));
    exportVisibleAction_->setText(tr("&Visible Part…"));
    exportHiDpiAction_->setText(tr("PNG at &2× Resolution"));
    quitAction_->setText(tr("&Quit"));
    liveAction_->setText(tr("&Live Session with This Computer…"));
    liveAction_->setStatusTip(tr("Let Ackademy's host talk TCP with this computer's kernel over a TUN device"));
    stopLiveAction_->setText(tr("Sto&p Live Session"));
    stopLiveAction_->setStatusTip(tr("End the live session and remove its TUN device"));
    undoAction_->setText(tr("&Undo"));
    redoAction_->setText(tr("&Redo"));
    dropAction_->setText(tr("&Drop Selected Segment"));
    restoreAction_->setText(tr("Res&tore Selected Segment"));
    dropNextAAction_->setText(tr("Drop Next Segment from &A"));
    dropNextBAction_->setText(tr("Drop Next Segment from &B"));
    zoomInAction_->setText(tr("Zoom &In"));
    zoomOutAction_->setText(tr("Zoom &Out"));
    fitAction_->setText(tr("&Fit to Window"));
    relativeAction_->setText(tr("&Relative Sequence Numbers"));
    lightAction_->setText(tr("&Light"));
    darkAction_->setText(tr("&Dark"));
    homeAction_->setText(tr("Start"));
    homeAction_->setToolTip(tr("Go to the start (Home)"));
    backAction_->setText(tr("Back"));
    backAction_->setToolTip(tr("Step back to the previous event (Left, P, Page Up)"));
    forwardAction_->setText(tr("Next"));
    forwardAction_->setToolTip(tr("Step forward to the next event (Right, N, Page Down)"));
    endAction_->setText(tr("End"));
    endAction_->setToolTip(tr("Go to the end (End)"));
    shortcutsAction_->setText(tr("&Keyboard Shortcuts"));
    aboutAction_->setText(tr("&About Ackademy"));

    diagram_->setAccessibleName(tr("Sequence diagram"));
    fileMenu_->setTitle(tr("&File"));
    exportMenu_->setTitle(tr("&Export Diagram"));
    editMenu_->setTitle(tr("&Edit"));
    viewMenu_->setTitle(tr("&View"));
    themeMenu_->setTitle(tr("&Theme"));
    //: View menu: the user interface language; its entries are the languages' own names
    languageMenu_->setTitle(tr("&Language"));
    //: Language menu: follow the desktop's language
    systemLanguageAction_->setText(tr("&System Default"));
    docksMenu_->setTitle(tr("&Panels"));
    scenarioMenu_->setTitle(tr("&Scenario"));
    helpMenu_->setTitle(tr("&Help"));
    hostMenus_[0]->setTitle(tr("Host &A at the Playhead"));
    hostMenus_[1]->setTitle(tr("Host &B at the Playhead"));

    const auto builtins = scenario::builtin_scenarios();
    for (QAction* action : scenarioActions_) {
        const std::string name = action->data().toString().toStdString();
        const auto it = std::find_if(builtins.begin(), builtins.end(),
                                     [&](const scenario::BuiltinInfo& b) { return b.name == name; });
        if (it == builtins.end()) continue;
        action->setText(translatedScenarioTitle(*it));
        action->setToolTip(translatedScenarioDescription(*it));
        action->setStatusTip(translatedScenarioDescription(*it));
    }
    for (QAction* action : appActions_) {
        const QChar host = action->objectName().at(4);
        const auto kind = static_cast<sim::ActionKind>(action->data().toInt());
        action->setText(actionText(kind));
        //: Tooltip of an application call, e.g. "Host A: Connect at the playhead"
        action->setToolTip(tr("Host %1: %2 at the playhead").arg(host).arg(plainActionText(kind)));
    }

    transportBar_->setWindowTitle(tr("Playback"));
    speed_->setAccessibleName(tr("Playback speed"));
    speed_->setToolTip(tr("Playback speed"));
    for (int i = 0; i < speed_->count(); ++i)
        //: Playback speed, e.g. "0.25×", "2×"
        speed_->setItemText(i, tr("%1×").arg(QLocale().toString(speed_->itemData(i).toDouble())));
    scrubber_->setAccessibleName(tr("Playhead position"));
    scrubber_->setToolTip(tr("Drag to move through the whole timeline"));
    timeLabel_->setAccessibleName(tr("Playhead time"));
    hintLabel_->setText(
        tr("Space play · → next · ← back · Delete drop the selected segment · Ctrl+Z undo · F1 all keys"));
    hintLabel_->setAccessibleName(tr("Keyboard hints"));
    timeLabel_->setMinimumWidth(
        timeLabel_->fontMetrics().horizontalAdvance(tr("t = %1 s   step %2 of %3")
                                                        .arg(QStringLiteral("0000.000"))
                                                        .arg(QStringLiteral("0000"))
                                                        .arg(QStringLiteral("0000"))) +
        24);
    eventDock_->setWindowTitle(tr("Events"));
    linkDock_->setWindowTitle(tr("Link Settings"));
    stateDock_->setWindowTitle(tr("State Diagram"));
    cwndDock_->setWindowTitle(tr("Congestion Window"));
    stateDock_->toggleViewAction()->setText(tr("&State Diagram"));
    cwndDock_->toggleViewAction()->setText(tr("&Congestion Window"));
    eventDock_->toggleViewAction()->setText(tr("&Events"));
    linkDock_->toggleViewAction()->setText(tr("&Link Settings"));
    transportBar_->toggleViewAction()->setText(tr("&Playback Toolbar"));
    updateTransport();
    updateTitle();
}

void MainWindow::fitStateDiagram(bool visible)
{
    // RFC 9293 Figure 5 squeezed into a quarter of the height and three fifths of the width
    // is too small to read from a classroom. While its tab is up, the bottom panels get the
    // room the figure needs (at most 45 % of the height and three quarters of the width);
    // when another tab comes up they go back to what they were.
    auto* narration = findChild<QDockWidget*>(QStringLiteral("NarrationDock"));
    if (!layoutRestored_ || !isVisible() || stateDock_->isFloating()) return;
    if (!visible) {
        if (panelsBeforeStateDiagram_.isEmpty()) return;
        const QSize before = panelsBeforeStateDiagram_;
        panelsBeforeStateDiagram_ = QSize();
        resizeDocks({eventDock_}, {before.height()}, Qt::Vertical);
        if (narration != nullptr && narration->isVisible())
            resizeDocks({eventDock_, narration}, {before.width(), width() - before.width()}, Qt::Horizontal);
        layout()->activate();
        return;
    }
    // 1.6 times the natural size puts the arrows' labels at about 16 px on a 1920x1080
    // projector, the size of the window's own text seen from the back of a room.
    const QSize wanted = stateDiagram_->sizeHint() * 1.6;
    const int chrome = std::max(0, stateDock_->height() - stateDiagram_->height());
    const int h = std::min(wanted.height() + chrome, height() * 45 / 100);
    const int w = std::min(wanted.width(), width() * 3 / 4);
    if (stateDock_->height() >= h && stateDock_->width() >= w) return;
    if (panelsBeforeStateDiagram_.isEmpty())
        panelsBeforeStateDiagram_ = QSize(stateDock_->width(), stateDock_->height());
    if (stateDock_->height() < h) resizeDocks({stateDock_}, {h}, Qt::Vertical);
    if (narration != nullptr && narration->isVisible() && stateDock_->width() < w)
        resizeDocks({stateDock_, narration}, {w, width() - w}, Qt::Horizontal);
    layout()->activate(); // now, not at the next layout pass (a --screenshot is taken before it)
}

void MainWindow::showEvent(QShowEvent* event)
{
    if (!layoutRestored_) {
        // First show without a saved layout: the panels take a quarter of the height.
        layoutRestored_ = true;
        resizeDocks({eventDock_}, {std::max(160, height() / 4)}, Qt::Vertical);
        if (auto* narration = findChild<QDockWidget*>(QStringLiteral("NarrationDock")))
            resizeDocks({eventDock_, narration}, {width() * 3 / 5, width() * 2 / 5}, Qt::Horizontal);
    }
    QMainWindow::showEvent(event);
    fitTextToWidth();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    fitTextToWidth();
}

void MainWindow::fitTextToWidth()
{
    // Longer languages (German) must not push the playhead time out of the toolbar: when the
    // buttons' names do not fit, the buttons show their icons only (the names stay in the
    // tooltips and the accessible names).
    transportBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (transportBar_->sizeHint().width() > width())
        transportBar_->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // The panels' tabs: whole titles and scroll arrows rather than "Ereignis…", "Ho…".
    for (QTabBar* tabs : findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Spin boxes and the like format with their widget's locale: give them the new default
        // (it reaches every child that has no locale of its own).
        if (locale() != QLocale()) setLocale(QLocale());
        retranslateUi();
        if (isVisible()) fitTextToWidth();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::setLanguage(const QString& code)
{
    if (!Language::instance()->apply(code)) return false;
    if (options_.persistSettings) QSettings().setValue(QStringLiteral("view/language"), Language::instance()->chosen());
    return true;
}

void MainWindow::updateLanguageActions()
{
    const QString chosen = Language::instance()->chosen();
    for (QAction* action : languageGroup_->actions())
        if (action->data().toString() == chosen) action->setChecked(true);
}

void MainWindow::updateTitle()
{
    const QString title = translatedScenarioTitle(document_->scenario());
    setWindowTitle(title.isEmpty() ? tr("Ackademy[*]") : tr("%1[*] — Ackademy").arg(title));
    setWindowModified(!document_->undoStack()->isClean());
}

void MainWindow::updateTransport()
{
    const bool playing = playback_->isPlaying();
    playAction_->setText(playing ? tr("Pause") : tr("Play"));
    playAction_->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    playAction_->setIcon(transportIcon(playing ? TransportIcon::Pause : TransportIcon::Play, iconColor()));

    const Time t = document_->playhead();
    const Document::StepPosition step = document_->stepPosition();
    const QLocale locale;
    timeLabel_->setText(tr("t = %1 s   step %2 of %3")
                            .arg(locale.toString(static_cast<double>(t.count()) / 1e6, 'f', 3),
                                 locale.toString(step.reached), locale.toString(step.total)));

    scrubbing_ = true;
    scrubber_->setRange(0, static_cast<int>(std::ceil(playback_->scrubLength())));
    scrubber_->setPageStep(std::max(1, scrubber_->maximum() / 20));
    scrubber_->setValue(static_cast<int>(std::lround(playback_->scrubPosition(t))));
    scrubbing_ = false;
}

void MainWindow::updateEditActions()
{
    const int id = document_->selectedSegment();
    const auto& segments = document_->timeline().segments;
    const bool valid = id >= 0 && id < static_cast<int>(segments.size());
    const sim::SegmentRecord* rec = valid ? &segments[static_cast<std::size_t>(id)] : nullptr;
    // A recording of a live session is what happened; nothing in it can be re-simulated.
    const bool editable = !document_->isRecording();
    dropAction_->setEnabled(editable && rec != nullptr && !rec->lost());
    restoreAction_->setEnabled(editable && rec != nullptr && rec->cause == sim::DropCause::Rule);
    dropNextAAction_->setEnabled(editable);
    dropNextBAction_->setEnabled(editable);
    for (QAction* action : appActions_) action->setEnabled(editable);
    linkSettings_->setEnabled(editable);
    saveAsAction_->setEnabled(editable); // the trace exports keep what a recording holds
}

void MainWindow::updateLiveActions()
{
    const bool live = document_->isLive();
    stopLiveAction_->setEnabled(live);
    liveLabel_->setVisible(live);
    liveLabel_->setText(live ? tr("● LIVE on %1").arg(liveSession_->deviceName()) : QString());
    liveLabel_->setAccessibleName(tr("Live session indicator"));
}

bool MainWindow::startLiveSession(const LiveSessionSettings& settings)
{
    playback_->pause();
    QString error;
    if (!liveSession_->start(settings, &error)) {
        reportError(error);
        return false;
    }
    currentFile_.clear();
    updateTitle();
    statusBar()->showMessage(tr("Live session on %1: the diagram follows the connection as it happens")
                                 .arg(liveSession_->deviceName()));
    return true;
}

void MainWindow::stopLiveSession()
{
    liveSession_->stop();
}

void MainWindow::liveSessionDialog()
{
    if (!maybeDiscardChanges()) return;
    LiveSessionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (const auto settings = dialog.settings()) startLiveSession(*settings);
}

void MainWindow::reportError(const QString& text)
{
    statusBar()->showMessage(text, 10000);
    if (options_.interactive) QMessageBox::warning(this, tr("Ackademy"), text);
}

bool MainWindow::openScenario(sim::Scenario scenario, const QString& source)
{
    playback_->pause();
    liveSession_->stop(); // a scenario replaces the recording, so the session ends first
    if (!document_->load(std::move(scenario), source)) return false;
    currentFile_ = QFileInfo(source).suffix() == QLatin1String("json") ? source : QString();
    updateTitle();
    return true;
}

bool MainWindow::openBuiltin(const QString& name)
{
    auto s = scenario::builtin_scenario(name.toStdString());
    if (!s) return false;
    return openScenario(std::move(*s), name);
}

bool MainWindow::openFile(const QString& path)
{
    scenario::LoadResult result = scenario::load_scenario_file(path.toStdString());
    if (!result.scenario) {
        reportError(QString::fromStdString(result.error));
        return false;
    }
    return openScenario(std::move(*result.scenario), path);
}

bool MainWindow::saveScenarioAs(const QString& path, QString* error)
{
    QSaveFile file(path); // writes a temporary file and renames it: never a half-written scenario
    const std::string json = scenario::to_json(document_->scenario());
    if (!file.open(QIODevice::WriteOnly) || file.write(json.data(), static_cast<qint64>(json.size())) < 0 ||
        !file.commit()) {
        const QString message = tr("Cannot save %1: %2").arg(path, file.errorString());
        if (error != nullptr) *error = message;
        return false;
    }
    currentFile_ = path;
    document_->undoStack()->setClean();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::addAppAction(sim::HostId host, sim::ActionKind kind, const QString& text)
{
    const Time at = document_->playhead();
    sim::Action action;
    action.at = at;
    action.host = host;
    action.kind = kind;
    action.data = text.toStdString();
    //: Undo text, e.g. "Host A: Connect at 0.000 ms"; %2 is the call (Listen, Connect, ...)
    const QString what = tr("Host %1: %2 at %3")
                             .arg(QLatin1Char(sim::host_letter(host)))
                             .arg(plainActionText(kind), millis(at));
    return document_->change(what, [action](sim::Scenario& s) {
        // Keep the script in time order; a new action goes after the ones at the same time.
        const auto pos = std::upper_bound(s.actions.begin(), s.actions.end(), action.at,
                                          [](Time t, const sim::Action& a) { return t < a.at; });
        s.actions.insert(pos, action);
    });
}

void MainWindow::askAndAddAppAction(sim::HostId host, sim::ActionKind kind)
{
    QString text;
    if (kind == sim::ActionKind::Send) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Send Text"),
                                     tr("Text that host %1 sends:").arg(QLatin1Char(sim::host_letter(host))),
                                     QLineEdit::Normal, tr("Hello"), &ok);
        if (!ok || text.isEmpty()) return;
    }
    addAppAction(host, kind, text);
}

void MainWindow::setThemeName(const QString& name)
{
    const Theme theme = Theme::byName(name);
    themeName_ = theme.name;
    diagram_->setTheme(theme);
    (theme.dark ? darkAction_ : lightAction_)->setChecked(true);
    QApplication::setPalette(paletteFor(theme));
    const QColor color = iconColor();
    homeAction_->setIcon(transportIcon(TransportIcon::Start, color));
    backAction_->setIcon(transportIcon(TransportIcon::Back, color));
    forwardAction_->setIcon(transportIcon(TransportIcon::Forward, color));
    endAction_->setIcon(transportIcon(TransportIcon::End, color));
    updateTransport();
}

QColor MainWindow::iconColor() const
{
    return QApplication::palette().color(QPalette::ButtonText);
}

bool MainWindow::maybeDiscardChanges()
{
    if (!options_.interactive || document_->undoStack()->isClean()) return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"), tr("The scenario has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) {
        saveAsDialog();
        return document_->undoStack()->isClean();
    }
    return true;
}

void MainWindow::openFileDialog()
{
    if (!maybeDiscardChanges()) return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Scenario"), QFileInfo(currentFile_).path(),
                                     tr("Scenario files (*.json);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

void MainWindow::saveAsDialog()
{
    QString suggestion = currentFile_;
    if (suggestion.isEmpty())
        suggestion = QString::fromStdString(document_->scenario().name) + QStringLiteral(".json");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggestion, tr("Scenario files (*.json)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
    QString error;
    if (!saveScenarioAs(path, &error)) reportError(error);
}

void MainWindow::exportDialog(bool visibleOnly)
{
    const QString base = QString::fromStdString(document_->scenario().name);
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, visibleOnly ? tr("Export Visible Part") : tr("Export Diagram"), base + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) {
        path += selected.contains(QLatin1String("svg"))   ? QStringLiteral(".svg")
                : selected.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                          : QStringLiteral(".png");
    }
    ExportOptions options;
    options.scale = exportHiDpiAction_->isChecked() ? 2.0 : 1.0;
    if (visibleOnly) {
        // What the class sees now: the span of time in view, at the view's zoom and width.
        options.timeRange = diagram_->visibleTimeRange();
        options.zoom = diagram_->zoom();
        options.width = diagram_->viewport()->width();
    }
    QString error;
    if (exportDiagram(*document_, diagram_->theme(), path, options, &error))
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    else
        reportError(error);
}

void MainWindow::showShortcuts()
{
    const QList<QPair<QString, QString>> rows = {
        {tr("Space"), tr("Play or pause")},
        {tr("Right, N, Page Down"), tr("Step forward to the next event")},
        {tr("Left, P, Page Up"), tr("Step back to the previous event")},
        {tr("Home, End"), tr("Go to the start, the end")},
        {tr("Delete"), tr("Drop the selected segment")},
        {tr("Insert"), tr("Restore the selected segment")},
        {tr("Ctrl+D, Ctrl+Shift+D"), tr("Drop the next segment from A, from B")},
        {tr("Ctrl+Z, Ctrl+Shift+Z"), tr("Undo, redo")},
        {tr("Ctrl+=, Ctrl+-, Ctrl+0"), tr("Zoom in, zoom out, fit to window")},
        {tr("Ctrl+R"), tr("Relative or absolute sequence numbers")},
        {tr("Ctrl+O, Ctrl+Shift+S"), tr("Open, save a scenario")},
        {tr("Ctrl+E, Ctrl+Shift+E"), tr("Export the whole diagram, the visible part")},
        {tr("Ctrl+T, Enter"), tr("Live session: type a line for Host A, send it")},
        {tr("F1"), tr("This list")},
    };
    QString html = QStringLiteral("<table cellspacing='6'>");
    for (const auto& [keys, what] : rows)
        html += QStringLiteral("<tr><td nowrap><b>%1</b></td><td nowrap>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.setStyleSheet(QStringLiteral("QLabel { min-width: 38em; }")); // one line per key, no wrapping
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Ackademy"),
        tr("<h3>Ackademy %1</h3><p>An interactive TCP simulator for the classroom.</p>"
           "<p>Step through a connection segment by segment, drop any segment and "
           "watch TCP recover — with the same flags, numbers and timers a real stack uses.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreSettings(bool restoreScenario)
{
    if (!options_.persistSettings) return;
    QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
        !state.isEmpty())
        restoreState(state);
    setThemeName(settings.value(QStringLiteral("view/theme"), themeName_).toString());
    relativeAction_->setChecked(settings.value(QStringLiteral("view/relativeNumbers"), false).toBool());
    exportHiDpiAction_->setChecked(settings.value(QStringLiteral("export/hiDpi"), false).toBool());
    const int speedIndex = speed_->findData(settings.value(QStringLiteral("playback/speed"), 1.0).toDouble());
    if (speedIndex >= 0) speed_->setCurrentIndex(speedIndex);
    if (restoreScenario) {
        const QString last = settings.value(QStringLiteral("scenario/last")).toString();
        if (!last.isEmpty() && !openBuiltin(last) && QFileInfo::exists(last)) openFile(last);
    }
}

void MainWindow::saveSettings()
{
    if (!options_.persistSettings) return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/theme"), themeName_);
    settings.setValue(QStringLiteral("view/relativeNumbers"), relativeAction_->isChecked());
    settings.setValue(QStringLiteral("export/hiDpi"), exportHiDpiAction_->isChecked());
    settings.setValue(QStringLiteral("playback/speed"), playback_->speed());
    const QString source =
        currentFile_.isEmpty() ? document_->source() : QFileInfo(currentFile_).absoluteFilePath();
    settings.setValue(QStringLiteral("scenario/last"), source);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeDiscardChanges()) {
        event->ignore();
        return;
    }
    playback_->pause();
    liveSession_->stop(); // joins the I/O thread; closing the TUN device removes it
    saveSettings();
    event->accept();
}

} // namespace ackademy::ui
