#pragma once
// Presentation mode, for the lecture hall: full screen, the diagram alone (with the narration
// dock if there is one), a larger font, high contrast and a small overlay of the transport
// controls. A presentation clicker works: Page Down/Up step (the main window's shortcuts),
// B (or the full stop) blanks the screen and again unblanks it, Esc leaves. Entering and
// leaving never moves the playhead.

#include "ui/theme.hpp"

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QWidget;

namespace ackademy::ui {

class MainWindow;

/// The diagram's theme made starker for a projector: pure background, text and lines.
Theme highContrast(const Theme& base);

class PresentationMode : public QObject {
    Q_OBJECT
public:
    /// The dock that stays visible in presentation mode (another panel adds it, if any).
    static constexpr const char* kNarrationDock = "NarrationDock";
    /// How much larger the diagram may grow than its default size when it fits.
    static constexpr double kMaximumZoom = 1.4;
    /// The diagram never shrinks below its default size while presenting; it fits what has
    /// happened up to the playhead and scrolls with it.
    static constexpr double kMinimumZoom = 1.0;
    /// The narration's font, relative to the normal one.
    static constexpr double kFontScale = 1.5;

    explicit PresentationMode(MainWindow* window);

    bool isActive() const { return active_; }
    bool isBlanked() const { return blanked_; }
    /// The F11 action (checkable) for menus and toolbars.
    QAction* toggleAction() const { return toggleAction_; }
    QWidget* overlay() const;
    QWidget* blankScreen() const;

public slots:
    /// `fullScreen` false keeps the window's size (batch rendering of a given --size).
    void enter(bool fullScreen = true);
    void leave();
    void setActive(bool active);
    void setBlanked(bool blanked);
    void toggleBlanked() { setBlanked(!blanked_); }

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void placeOverlay();
    void updateOverlay();

    MainWindow* window_;
    bool active_ = false;
    bool blanked_ = false;
    QAction* toggleAction_ = nullptr;
    QAction* blankAction_ = nullptr;
    QAction* leaveAction_ = nullptr;
    QFrame* overlay_ = nullptr;
    QLabel* timeLabel_ = nullptr;
    QWidget* blank_ = nullptr;
    // What presentation mode changed, to put back on leaving.
    QByteArray savedState_;
    Qt::WindowStates savedWindowState_;
    QString savedTheme_;
    bool savedAutoFit_ = true;
    double savedZoom_ = 1.0;
    bool menuBarVisible_ = true;
    bool statusBarVisible_ = true;
    QPointer<QDockWidget> narration_;
    QFont narrationFont_;
};

} // namespace ackademy::ui
