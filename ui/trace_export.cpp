#include "ui/trace_export.hpp"

#include "core/trace/jsonl.hpp"
#include "core/trace/pcap.hpp"
#include "core/trace/tcpdump.hpp"
#include "ui/document.hpp"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>

#include <filesystem>
#include <string>

namespace ackademy::ui {

namespace {

bool writeText(const QString& path, const std::string& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !file.commit()) {
        if (error != nullptr)
            *error = TraceExportMenu::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool exportTrace(const Document& document, const QString& path, TraceFormat format, trace::Vantage vantage,
                 bool absolute, QString* error)
{
    const sim::Timeline& t = document.timeline();
    switch (format) {
    case TraceFormat::Pcap: {
        const std::vector<trace::CapturedPacket> packets = trace::capture(t, vantage);
        if (auto failure = trace::write_pcap(std::filesystem::path(path.toStdString()), packets)) {
            if (error != nullptr) *error = QString::fromStdString(*failure);
            return false;
        }
        return true;
    }
    case TraceFormat::Tcpdump:
        return writeText(path, trace::format_tcpdump(trace::capture(t, vantage), {.absolute = absolute}),
                         error);
    case TraceFormat::Jsonl:
        return writeText(path, trace::to_jsonl(t, document.scenario().drops), error);
    }
    return false;
}

TraceExportMenu::TraceExportMenu(Document* document, QWidget* parent)
    : QMenu(parent), document_(document), pcap_(addAction(QString())), tcpdump_(addAction(QString())),
      jsonl_(addAction(QString()))
{
    setObjectName(QStringLiteral("TraceExportMenu"));
    pcap_->setObjectName(QStringLiteral("actionExportPcap"));
    tcpdump_->setObjectName(QStringLiteral("actionExportTcpdump"));
    jsonl_->setObjectName(QStringLiteral("actionExportJsonl"));
    connect(pcap_, &QAction::triggered, this, [this] { run(TraceFormat::Pcap); });
    connect(tcpdump_, &QAction::triggered, this, [this] { run(TraceFormat::Tcpdump); });
    connect(jsonl_, &QAction::triggered, this, [this] { run(TraceFormat::Jsonl); });
    retranslateUi();
}

QAction* TraceExportMenu::action(TraceFormat format) const
{
    switch (format) {
    case TraceFormat::Pcap:
        return pcap_;
    case TraceFormat::Tcpdump:
        return tcpdump_;
    case TraceFormat::Jsonl:
        return jsonl_;
    }
    return nullptr;
}

void TraceExportMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMenu::changeEvent(event);
}

void TraceExportMenu::retranslateUi()
{
    setTitle(tr("Export &Trace"));
    pcap_->setText(tr("&pcap (Wireshark, tcpdump)…"));
    pcap_->setStatusTip(
        tr("A capture file of every packet on the wire, or of only what Host A or Host B would capture"));
    tcpdump_->setText(tr("&tcpdump Text…"));
    tcpdump_->setStatusTip(tr("What tcpdump -n -tt prints for the capture"));
    jsonl_->setText(tr("&JSON Lines…"));
    jsonl_->setStatusTip(tr("One JSON object per event, for scripts"));
}

void TraceExportMenu::run(TraceFormat format)
{
    QWidget* window = parentWidget() != nullptr ? parentWidget()->window() : nullptr;
    trace::Vantage vantage = trace::Vantage::Wire;
    if (format != TraceFormat::Jsonl) {
        const QStringList points = {tr("The wire (every segment as it is sent, lost ones too)"),
                                    tr("Host A (its sends and what reaches it)"),
                                    tr("Host B (its sends and what reaches it)")};
        bool ok = false;
        const QString point = QInputDialog::getItem(window, tr("Capture Point"),
                                                    tr("Where is the capture taken?"), points, 0, false, &ok);
        if (!ok) return;
        vantage = static_cast<trace::Vantage>(points.indexOf(point));
    }
    const QString suffix = format == TraceFormat::Pcap      ? QStringLiteral("pcap")
                           : format == TraceFormat::Tcpdump ? QStringLiteral("txt")
                                                            : QStringLiteral("jsonl");
    const QString where =
        vantage == trace::Vantage::Wire
            ? QString()
            : QStringLiteral("-%1").arg(QString::fromLatin1(trace::to_string(vantage).data(), 1));
    const QString filter = format == TraceFormat::Pcap      ? tr("pcap capture (*.pcap)")
                           : format == TraceFormat::Tcpdump ? tr("tcpdump text (*.txt)")
                                                            : tr("JSON lines (*.jsonl)");
    QString path = QFileDialog::getSaveFileName(
        window, tr("Export Trace"),
        QStringLiteral("%1%2.%3").arg(QString::fromStdString(document_->scenario().name), where, suffix),
        filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportTrace(*document_, path, format, vantage, false, &error))
        QMessageBox::critical(window, tr("Export Failed"), tr("The trace was not written.\n\n%1").arg(error));
}

} // namespace ackademy::ui
