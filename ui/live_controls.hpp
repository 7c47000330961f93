#pragma once
// What a teacher does during a live session besides watching: type a line for our host (A)
// to send to the kernel, close our side of the connection (FIN) or abort it (RST). A toolbar
// under the transport bar, shown while the document holds a recording (never for a simulated
// lesson), whose controls are enabled only while the session runs and our connection is in a
// state where the call makes sense (RFC 9293 §3.10.2 SEND, §3.10.4 CLOSE, §3.10.5 ABORT).
// The same three actions are in the File menu (actions()), so they work from the keyboard.

#include "core/sim/timeline.hpp"

#include <QToolBar>

class QAction;
class QLabel;
class QLineEdit;

namespace ackademy::ui {

class Document;
class LiveSession;

class LiveControlBar : public QToolBar {
    Q_OBJECT
public:
    LiveControlBar(Document* document, LiveSession* session, QWidget* parent = nullptr);

    /// Send Line (the text field's line plus "\n", as `nc` sends a typed line), Close (FIN),
    /// Abort (RST), and "Type a Line to Send" (Ctrl+T, focuses the text field): for the menu.
    QList<QAction*> menuActions() const;
    QLineEdit* textField() const { return text_; }
    QAction* sendAction() const { return send_; }
    QAction* closeAction() const { return close_; }
    QAction* abortAction() const { return abort_; }

    /// What our host's open connection allows now, from the recording so far.
    struct Allowed {
        bool send = false;  ///< ESTABLISHED or CLOSE-WAIT (RFC 9293 §3.10.2)
        bool close = false; ///< the same: our FIN can still be sent (§3.10.4)
        bool abort = false; ///< where ABORT sends RST: SYN-RECEIVED to CLOSE-WAIT (§3.10.5)
    };
    static Allowed allowed(const sim::Timeline& timeline);

    /// Never shown for a simulated lesson, whoever asks (restoreState() of a window saved
    /// during a live session, leaving presentation mode).
    void setVisible(bool visible) override;

signals:
    /// One sentence for the status bar: what was just asked of our host.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void update();
    void sendLine();

    Document* document_;
    LiveSession* session_;
    QLabel* label_;
    QLineEdit* text_;
    QAction* focus_;
    QAction* send_;
    QAction* close_;
    QAction* abort_;
    bool recording_ = false; ///< the document held a recording at the last update()
};

} // namespace ackademy::ui
