#include "ui/presentation.hpp"

#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"
#include "ui/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFontInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>


namespace ackademy::ui {

Theme highContrast(const Theme& base)
{
    Theme t = base;
    if (base.dark) {
        t.background = Qt::black;
        t.text = Qt::white;
        t.mutedText = QColor(0xE0, 0xE0, 0xE0);
        t.lifeline = Qt::white;
        t.grid = QColor(0x40, 0x40, 0x40);
        t.ack = QColor(0xD0, 0xD0, 0xD0);
        t.gapBand = QColor(0x24, 0x24, 0x24);
        t.stateBadge = QColor(0x20, 0x26, 0x30);
        t.stateBadgeText = Qt::white;
    } else {
        t.background = Qt::white;
        t.text = Qt::black;
        t.mutedText = QColor(0x30, 0x30, 0x30);
        t.lifeline = Qt::black;
        t.grid = QColor(0xC8, 0xC8, 0xC8);
        t.ack = QColor(0x30, 0x30, 0x30);
        t.gapBand = QColor(0xEC, 0xEC, 0xEC);
        t.stateBadgeText = Qt::black;
        t.lostText = QColor(0x99, 0x3A, 0x00);
        t.retransmissionText = QColor(0x70, 0x48, 0x00);
    }
    return t;
}

PresentationMode::PresentationMode(MainWindow* window) : QObject(window), window_(window)
{
    setObjectName(QStringLiteral("PresentationMode"));
    toggleAction_ = new QAction(window_);
    toggleAction_->setObjectName(QStringLiteral("actionPresentation"));
    toggleAction_->setCheckable(true);
    toggleAction_->setShortcut(QKeySequence(Qt::Key_F11));
    window_->addAction(toggleAction_);
    connect(toggleAction_, &QAction::toggled, this, [this](bool on) { setActive(on); });

    // Only while presenting: a clicker's "blank" key (B, or the full stop some send) and Esc.
    blankAction_ = new QAction(window_);
    blankAction_->setObjectName(QStringLiteral("actionBlankScreen"));
    blankAction_->setShortcuts({QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)});
    blankAction_->setEnabled(false);
    window_->addAction(blankAction_);
    connect(blankAction_, &QAction::triggered, this, &PresentationMode::toggleBlanked);
    leaveAction_ = new QAction(window_);
    leaveAction_->setObjectName(QStringLiteral("actionLeavePresentation"));
    leaveAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveAction_->setEnabled(false);
    window_->addAction(leaveAction_);
    connect(leaveAction_, &QAction::triggered, this, &PresentationMode::leave);

    window_->installEventFilter(this);
    retranslate();
}

QWidget* PresentationMode::overlay() const
{
    return overlay_;
}

QWidget* PresentationMode::blankScreen() const
{
    return blank_;
}

void PresentationMode::retranslate()
{
    toggleAction_->setText(tr("Pr&esentation Mode"));
    toggleAction_->setToolTip(
        tr("Presentation mode: full screen, large and high contrast (F11; Esc leaves)"));
    blankAction_->setText(tr("Blank the Screen"));
    leaveAction_->setText(tr("Leave Presentation Mode"));
    if (overlay_ != nullptr) {
        overlay_->setAccessibleName(tr("Presentation controls"));
        updateOverlay();
    }
}

void PresentationMode::setActive(bool active)
{
    if (active)
        enter();
    else
        leave();
}

void PresentationMode::enter(bool fullScreen)
{
    if (active_) return;
    active_ = true;
    SequenceDiagramView* diagram = window_->diagram();
    savedState_ = window_->saveState();
    savedWindowState_ = window_->windowState();
    savedTheme_ = window_->themeName();
    savedAutoFit_ = diagram->autoFit();
    savedZoom_ = diagram->zoom();
    menuBarVisible_ = window_->menuBar()->isVisible() || !window_->isVisible();
    statusBarVisible_ = window_->statusBar()->isVisible() || !window_->isVisible();

    // The diagram alone, with the narration if that panel exists.
    narration_ = window_->findChild<QDockWidget*>(QString::fromLatin1(kNarrationDock));
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
        if (dock != narration_) dock->hide();
    for (QToolBar* bar : window_->findChildren<QToolBar*>()) bar->hide();
    window_->menuBar()->hide();
    window_->statusBar()->hide();
    if (narration_ != nullptr) {
        narrationFont_ = narration_->font();
        QFont large = narrationFont_;
        large.setPointSizeF(QFontInfo(narrationFont_).pointSizeF() * kFontScale);
        narration_->setFont(large);
        narration_->show();
        narration_->raise();
    }

    diagram->setTheme(highContrast(diagram->theme()));
    // Large text from the back of the hall: fit what has happened so far, never below 1.0.
    diagram->setPresentationFit(true, kMinimumZoom, kMaximumZoom);
    diagram->fitToWindow();

    if (overlay_ == nullptr) {
        overlay_ = new QFrame(window_);
        overlay_->setObjectName(QStringLiteral("PresentationOverlay"));
        overlay_->setAutoFillBackground(true);
        overlay_->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QHBoxLayout(overlay_);
        layout->setContentsMargins(8, 4, 8, 4);
        for (const char* name : {"actionStepBack", "actionPlay", "actionStepForward"}) {
            auto* button = new QToolButton(overlay_);
            button->setDefaultAction(window_->findAction(QString::fromLatin1(name)));
            button->setIconSize(QSize(40, 40));
            button->setAutoRaise(true);
            button->setFocusPolicy(Qt::NoFocus);
            layout->addWidget(button);
        }
        timeLabel_ = new QLabel(overlay_);
        timeLabel_->setObjectName(QStringLiteral("PresentationTime"));
        QFont f = timeLabel_->font();
        f.setPointSizeF(QFontInfo(f).pointSizeF() * 1.3);
        timeLabel_->setFont(f);
        timeLabel_->setContentsMargins(8, 0, 8, 0);
        layout->addWidget(timeLabel_);
        connect(window_->document(), &Document::playheadChanged, this, &PresentationMode::updateOverlay);
        connect(window_->document(), &Document::timelineChanged, this, &PresentationMode::updateOverlay);
        blank_ = new QWidget(window_);
        blank_->setObjectName(QStringLiteral("PresentationBlank"));
        blank_->setAccessibleName(tr("Blank screen (press B to show the diagram again)"));
        blank_->setAutoFillBackground(true);
        QPalette black = blank_->palette();
        black.setColor(QPalette::Window, Qt::black);
        blank_->setPalette(black);
        blank_->hide();
        retranslate();
    }
    overlay_->setWindowOpacity(0.85);
    updateOverlay();
    overlay_->show();
    overlay_->raise();
    blankAction_->setEnabled(true);
    leaveAction_->setEnabled(true);
    if (fullScreen && !window_->testAttribute(Qt::WA_DontShowOnScreen)) window_->showFullScreen();
    placeOverlay();
    {
        const QSignalBlocker block(toggleAction_);
        toggleAction_->setChecked(true);
    }
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!active_) return;
    setBlanked(false);
    active_ = false;
    blankAction_->setEnabled(false);
    leaveAction_->setEnabled(false);
    overlay_->hide();
    if (narration_ != nullptr) narration_->setFont(narrationFont_);
    window_->menuBar()->setVisible(menuBarVisible_);
    window_->statusBar()->setVisible(statusBarVisible_);
    if (window_->isFullScreen() && !(savedWindowState_ & Qt::WindowFullScreen))
        window_->setWindowState(savedWindowState_);
    window_->restoreState(savedState_);
    SequenceDiagramView* diagram = window_->diagram();
    window_->setThemeName(savedTheme_);
    diagram->setPresentationFit(false);
    if (savedAutoFit_)
        diagram->fitToWindow();
    else
        diagram->setZoom(savedZoom_);
    diagram->ensurePlayheadVisible();
    {
        const QSignalBlocker block(toggleAction_);
        toggleAction_->setChecked(false);
    }
    emit activeChanged(false);
}

void PresentationMode::setBlanked(bool blanked)
{
    if (blanked && !active_) return;
    if (blanked == blanked_) return;
    blanked_ = blanked;
    if (blank_ == nullptr) return;
    if (blanked) {
        blank_->setGeometry(window_->rect());
        blank_->show();
        blank_->raise();
    } else {
        blank_->hide();
    }
}

void PresentationMode::placeOverlay()
{
    if (overlay_ == nullptr) return;
    overlay_->adjustSize();
    const QSize s = overlay_->sizeHint();
    // At the foot of the diagram, clear of the narration below it.
    QWidget* central = window_->centralWidget();
    const QRect r(central->mapTo(window_, QPoint(0, 0)), central->size());
    overlay_->setGeometry(r.center().x() - s.width() / 2, r.bottom() - s.height() - 16, s.width(),
                          s.height());
    // What has happened so far stays clear of the overlay.
    if (active_) window_->diagram()->setFitBottomInset(s.height() + 16);
    if (blank_ != nullptr && blank_->isVisible()) blank_->setGeometry(window_->rect());
}

void PresentationMode::updateOverlay()
{
    if (timeLabel_ == nullptr) return;
    const Document* doc = window_->document();
    const Time t = doc->playhead();
    const Document::StepPosition step = doc->stepPosition();
    const QLocale locale;
    timeLabel_->setText(tr("t = %1 s · step %2 of %3 · Esc leaves")
                            .arg(locale.toString(static_cast<double>(t.count()) / 1e6, 'f', 3),
                                 locale.toString(step.reached), locale.toString(step.total)));
    if (overlay_ != nullptr && overlay_->isVisible()) placeOverlay();
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window_) {
        if (event->type() == QEvent::Resize && active_) placeOverlay();
        if (event->type() == QEvent::LanguageChange) retranslate();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ackademy::ui
