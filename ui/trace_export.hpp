#pragma once
// Trace export from the GUI: pcap (from a chosen vantage point), tcpdump text and JSON
// lines, written by the same core code as `ackademy-cli run --pcap/--format` (write_pcap,
// format_tcpdump, write_jsonl and trace::capture for the vantage point). Every file is
// written atomically: a failed export leaves an existing file as it was.

#include "core/trace/vantage.hpp"

#include <QMenu>
#include <QString>

namespace ackademy::ui {

class Document;

enum class TraceFormat { Pcap, Tcpdump, Jsonl };

/// Writes the document's timeline to `path`. `vantage` applies to pcap and tcpdump text;
/// `absolute` to tcpdump text (-S). Returns false with one sentence in `error` on failure.
bool exportTrace(const Document& document, const QString& path, TraceFormat format,
                 trace::Vantage vantage = trace::Vantage::Wire, bool absolute = false,
                 QString* error = nullptr);

/// File ▸ Export Trace: one action per format; each asks for the vantage point where it
/// applies and for the file, and reports a failure in a dialog.
class TraceExportMenu : public QMenu {
    Q_OBJECT
public:
    explicit TraceExportMenu(Document* document, QWidget* parent = nullptr);

    QAction* action(TraceFormat format) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void run(TraceFormat format);

    Document* document_;
    QAction* pcap_;
    QAction* tcpdump_;
    QAction* jsonl_;
};

} // namespace ackademy::ui
