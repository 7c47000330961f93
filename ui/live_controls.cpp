#include "ui/live_controls.hpp"

#include "ui/document.hpp"
#include "ui/live_session.hpp"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace ackademy::ui {

LiveControlBar::LiveControlBar(Document* document, LiveSession* session, QWidget* parent)
    : QToolBar(parent), document_(document), session_(session), label_(new QLabel(this)),
      text_(new QLineEdit(this)), focus_(new QAction(this)), send_(new QAction(this)),
      close_(new QAction(this)), abort_(new QAction(this))
{
    setObjectName(QStringLiteral("LiveToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    label_->setObjectName(QStringLiteral("LiveSendLabel"));
    label_->setBuddy(text_);
    label_->setContentsMargins(6, 0, 6, 0);
    text_->setObjectName(QStringLiteral("LiveSendText"));
    text_->setClearButtonEnabled(true);
    text_->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    text_->setMaximumWidth(fontMetrics().averageCharWidth() * 72); // the buttons stay beside it
    text_->setMaxLength(1000); // one typed line; the bridge sends it as one write
    addWidget(label_);
    addWidget(text_);

    focus_->setObjectName(QStringLiteral("actionLiveTypeLine"));
    focus_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    send_->setObjectName(QStringLiteral("actionLiveSend"));
    close_->setObjectName(QStringLiteral("actionLiveClose"));
    abort_->setObjectName(QStringLiteral("actionLiveAbort"));
    addAction(send_);
    addSeparator();
    addAction(close_);
    addAction(abort_);
    // Ctrl+T works wherever the focus is in the window, with the bar in view or not.
    if (parent != nullptr) parent->addAction(focus_);

    connect(focus_, &QAction::triggered, this, [this] {
        text_->setFocus(Qt::ShortcutFocusReason);
        text_->selectAll();
    });
    connect(text_, &QLineEdit::returnPressed, this, &LiveControlBar::sendLine);
    connect(send_, &QAction::triggered, this, &LiveControlBar::sendLine);
    connect(close_, &QAction::triggered, this, [this] {
        if (!allowed(document_->timeline()).close || !document_->isLive()) return;
        session_->closeConnection();
        //: Status bar, live session: our host called close(); FIN is the TCP flag
        Q_EMIT message(tr("Host A closes its side of the connection: its FIN follows the data already sent."));
    });
    connect(abort_, &QAction::triggered, this, [this] {
        if (!allowed(document_->timeline()).abort || !document_->isLive()) return;
        session_->abortConnection();
        //: Status bar, live session: our host aborted the connection; RST is the TCP flag
        Q_EMIT message(tr("Host A aborts the connection: it sends RST and forgets the connection."));
    });
    connect(document_, &Document::timelineChanged, this, &LiveControlBar::update);
    connect(document_, &Document::liveChanged, this, &LiveControlBar::update);
    retranslateUi();
    setVisible(false);
    update();
}

QList<QAction*> LiveControlBar::menuActions() const
{
    return {focus_, send_, close_, abort_};
}

LiveControlBar::Allowed LiveControlBar::allowed(const sim::Timeline& timeline)
{
    // Our host's connections as they are now: the states still open at the end of the
    // recording (a listener stays in LISTEN beside the connection it spawned).
    Allowed a;
    for (const sim::StateInterval& st : timeline.states) {
        if (st.host != sim::HostId::A || st.end) continue;
        switch (st.state) {
        case tcp::State::Established:
        case tcp::State::CloseWait:
            a.send = a.close = a.abort = true;
            break;
        // ABORT sends a reset only in these states (RFC 9293 §3.10.5); in SYN-SENT, CLOSING and
        // LAST-ACK it deletes the TCB without a word (UC-22, ST-35), so the button, which
        // promises an RST, is not offered there.
        case tcp::State::SynReceived:
        case tcp::State::FinWait1:
        case tcp::State::FinWait2:
            a.abort = true;
            break;
        default:
            break;
        }
    }
    return a;
}

void LiveControlBar::sendLine()
{
    if (!document_->isLive() || !allowed(document_->timeline()).send) return;
    // A typed line goes out with its newline, as `nc` sends it (so "hello" is 6 bytes).
    const QString line = text_->text() + QLatin1Char('\n');
    session_->send(line);
    const int bytes = static_cast<int>(line.toUtf8().size());
    //: Status bar, live session: %1 the text as typed; %n the bytes sent (with the newline)
    Q_EMIT message(tr("Host A sends “%1” and a newline: %n byte(s).", nullptr, bytes).arg(text_->text()));
    text_->clear();
}

void LiveControlBar::update()
{
    const bool live = document_->isLive();
    const Allowed a = live ? allowed(document_->timeline()) : Allowed{};
    // Shown when a recording begins and kept when the session ends, so the row does not vanish
    // under the teacher's pointer; hidden for a simulated lesson. Only on that change, so that
    // presentation mode, which hides every toolbar, is not undone by the next segment.
    if (document_->isRecording() != recording_) {
        recording_ = document_->isRecording();
        setVisible(recording_);
    }
    text_->setEnabled(a.send);
    label_->setEnabled(a.send);
    focus_->setEnabled(a.send);
    send_->setEnabled(a.send);
    close_->setEnabled(a.close);
    abort_->setEnabled(a.abort);
}

void LiveControlBar::setVisible(bool visible)
{
    QToolBar::setVisible(visible && document_->isRecording());
}

void LiveControlBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QToolBar::changeEvent(event);
}

void LiveControlBar::retranslateUi()
{
    setWindowTitle(tr("Live Session"));
    // No mnemonics on the bar: Alt+letter would clash with the menus'. Ctrl+T and the File
    // menu are the keyboard's way in.
    //: Label before the text field; A is our host's letter
    label_->setText(tr("Host A sends:"));
    text_->setPlaceholderText(tr("a line of text; Enter sends it"));
    text_->setAccessibleName(tr("Text that Host A sends"));
    text_->setToolTip(tr("Enter sends this line and a newline from Host A to the kernel (Ctrl+T to type here)"));
    focus_->setText(tr("Type a Line for Host A to Send"));
    send_->setText(tr("Send Line"));
    send_->setToolTip(tr("Host A sends the line and a newline (send())"));
    close_->setText(tr("Close Connection (FIN)"));
    close_->setToolTip(tr("Host A closes its side (close()): it sends FIN once its data is sent"));
    abort_->setText(tr("Abort Connection (RST)"));
    abort_->setToolTip(tr("Host A aborts (abort()): it sends RST and forgets the connection"));
}

} // namespace ackademy::ui
