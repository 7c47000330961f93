#pragma once
// The narration: one sentence per event up to the playhead, in a textbook's voice, the
// latest one emphasised, each naming the rule that made it happen ("RFC 9293 §3.10.7.3,
// SS-6"). Sentences are built with tr() from the core's structured narration
// (trace::narrate()), never by parsing its English.

#include "core/trace/narration.hpp"

#include <QStringList>
#include <QWidget>

#include <array>

#include <vector>

class QTextBrowser;

namespace ackademy::ui {

class Document;

class NarrationPanel : public QWidget {
    Q_OBJECT
public:
    explicit NarrationPanel(Document* document, QWidget* parent = nullptr);

    /// The translated sentence for one line, without its rule (see citation()).
    /// `relative` writes sequence numbers relative to each host's ISN. The hosts are named as
    /// Document::hostName() names them (index 0 is A, 1 is B): in a live session
    /// "B (Linux kernel)", so the sentence says "Host B (Linux kernel)"; a lesson's are letters.
    static QString sentence(const trace::NarrationLine& line, const sim::Timeline& timeline, bool relative,
                            const std::array<QString, 2>& names = {QStringLiteral("A"), QStringLiteral("B")});
    /// Where the rule of `line` comes from, e.g. "RFC 9293 §3.10.7.3, SS-6"; empty if none.
    static QString citation(const trace::NarrationLine& line);
    /// The source of one checklist rule ID: "SS-6" -> "RFC 9293 §3.10.7.3, SS-6".
    static QString ruleCitation(std::string_view rule);

    /// Every sentence up to the playhead, oldest first (the view shows the latest ones).
    QStringList sentences() const;
    QTextBrowser* view() const { return view_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The whole sentence for a send, a state change or an expired timer, chosen by what
    /// happened: one template per case, so a translator sees every sentence in full.
    static QString sendTemplate(const trace::NarrationLine& line);
    static QString stateTemplate(const trace::NarrationLine& line);
    static QString timerTemplate(tcp::TimerKind timer);
    void retranslateUi();
    void renarrate();
    void refresh();
    int visibleCount() const;

    Document* document_;
    QTextBrowser* view_;
    std::vector<trace::NarrationLine> lines_;
    int shown_ = -1; ///< lines shown at the last refresh
};

} // namespace ackademy::ui
