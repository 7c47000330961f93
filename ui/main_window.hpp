#pragma once
// The application's main window: the sequence diagram in the centre, the event list and the
// link settings as docks, the transport controls in a toolbar, and the menus.

#include "core/sim/scenario.hpp"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSlider;

namespace ackademy::ui {

class Document;
class EventListPanel;
class LinkSettingsPanel;
class PlaybackController;
class SequenceDiagramView;
class PresentationMode;
class StateDiagramView;
class CwndPlotView;
class LiveControlBar;
class LiveSession;
struct LiveSessionSettings;

struct MainWindowOptions {
    /// Read and write layout, theme and the last scenario with QSettings.
    bool persistSettings = true;
    /// Ask before unsaved changes are lost, and report errors in message boxes. Off for
    /// --screenshot/--export and in tests, where nobody can answer a dialog.
    bool interactive = true;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(MainWindowOptions options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return document_; }
    PlaybackController* playback() const { return playback_; }
    SequenceDiagramView* diagram() const { return diagram_; }
    EventListPanel* eventList() const { return eventList_; }
    LinkSettingsPanel* linkSettings() const { return linkSettings_; }
    QSlider* scrubber() const { return scrubber_; }
    StateDiagramView* stateDiagram() const { return stateDiagram_; }
    CwndPlotView* cwndPlot() const { return cwndPlot_; }
    PresentationMode* presentation() const { return presentation_; }
    QComboBox* speedBox() const { return speed_; }
    /// An action by object name ("actionPlay", "actionDropSelected", ...), or nullptr.
    QAction* findAction(const QString& objectName) const;

    /// Loads a built-in scenario (clears the undo history). False if there is none.
    bool openBuiltin(const QString& name);
    /// Loads a scenario file; on failure reports the loader's one-line error and returns false.
    bool openFile(const QString& path);
    /// Loads an already parsed scenario; `source` is its built-in name or file.
    bool openScenario(sim::Scenario scenario, const QString& source);
    /// Writes the scenario as JSON, atomically (QSaveFile): the old file stays intact on failure.
    bool saveScenarioAs(const QString& path, QString* error = nullptr);
    /// Starts a live session with this computer's kernel (File → Live Session…): the diagram
    /// shows it as it happens. On failure reports one sentence and returns false.
    bool startLiveSession(const LiveSessionSettings& settings);
    /// Stops the running live session, if any; the recording stays in the diagram.
    void stopLiveSession();
    LiveSession* liveSession() const { return liveSession_; }
    /// Send a line, close, abort during a live session (shown for recordings only).
    LiveControlBar* liveControls() const { return liveControls_; }

    /// Adds an application action for `host` at the playhead, as an undoable change.
    bool addAppAction(sim::HostId host, sim::ActionKind kind, const QString& text = {});

    /// Switches the user interface language as the Language menu does: `code` is one of
    /// Language::supported() ("de", "zh_CN", ...), or empty to follow the system. Remembered
    /// (QSettings view/language) when persistSettings is on. False for an unsupported code.
    bool setLanguage(const QString& code);

    QString themeName() const { return themeName_; }
    void setThemeName(const QString& name);

    /// Restores layout, theme and the last scenario (when persistSettings is on).
    void restoreSettings(bool restoreScenario);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStateDocks();
    void fitStateDiagram(bool visible);
    void retranslateUi();
    void updateTitle();
    void updateTransport();
    void updateEditActions();
    void reportError(const QString& text);
    bool maybeDiscardChanges();
    void saveSettings();
    void openFileDialog();
    void saveAsDialog();
    void exportDialog(bool visibleOnly);
    void showShortcuts();
    void showAbout();
    void askAndAddAppAction(sim::HostId host, sim::ActionKind kind);
    void liveSessionDialog();
    void updateLiveActions();
    void updateLanguageActions();
    void fitTextToWidth();
    QColor iconColor() const;

    MainWindowOptions options_;
    Document* document_;
    PlaybackController* playback_;
    SequenceDiagramView* diagram_;
    EventListPanel* eventList_ = nullptr;
    LinkSettingsPanel* linkSettings_ = nullptr;
    QDockWidget* eventDock_ = nullptr;
    QDockWidget* linkDock_ = nullptr;
    QToolBar* transportBar_ = nullptr;
    QSlider* scrubber_ = nullptr;
    QComboBox* speed_ = nullptr;
    QLabel* timeLabel_ = nullptr;
    QLabel* hintLabel_ = nullptr;
    QString themeName_ = QStringLiteral("light");
    QString currentFile_;
    bool scrubbing_ = false;
    bool layoutRestored_ = false;
    /// The bottom panels' height and width before the state diagram's tab enlarged them
    /// (empty when it did not), to go back to when another tab comes up.
    QSize panelsBeforeStateDiagram_;

    QAction* openAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* exportWholeAction_ = nullptr;
    QAction* exportVisibleAction_ = nullptr;
    QAction* exportHiDpiAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* liveAction_ = nullptr;
    QAction* stopLiveAction_ = nullptr;
    LiveSession* liveSession_ = nullptr;
    QLabel* liveLabel_ = nullptr;
    LiveControlBar* liveControls_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* dropAction_ = nullptr;
    QAction* restoreAction_ = nullptr;
    QAction* dropNextAAction_ = nullptr;
    QAction* dropNextBAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* fitAction_ = nullptr;
    QAction* relativeAction_ = nullptr;
    QAction* lightAction_ = nullptr;
    QAction* darkAction_ = nullptr;
    QActionGroup* themeGroup_ = nullptr;
    QActionGroup* languageGroup_ = nullptr;
    QAction* systemLanguageAction_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QDockWidget* stateDock_ = nullptr;
    QDockWidget* cwndDock_ = nullptr;
    QAction* homeAction_ = nullptr;
    QAction* backAction_ = nullptr;
    QAction* playAction_ = nullptr;
    QAction* forwardAction_ = nullptr;
    QAction* endAction_ = nullptr;
    QAction* shortcutsAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QList<QAction*> scenarioActions_;
    QList<QAction*> appActions_;
    QMenu* fileMenu_ = nullptr;
    QMenu* exportMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* themeMenu_ = nullptr;
    QMenu* docksMenu_ = nullptr;
    QMenu* scenarioMenu_ = nullptr;
    QMenu* hostMenus_[2] = {nullptr, nullptr};
    QMenu* helpMenu_ = nullptr;
    StateDiagramView* stateDiagram_ = nullptr;
    CwndPlotView* cwndPlot_ = nullptr;
    PresentationMode* presentation_ = nullptr;
};

} // namespace ackademy::ui
