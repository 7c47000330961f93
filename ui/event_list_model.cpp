#include "ui/event_list_model.hpp"

#include "ui/document.hpp"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace ackademy::ui {

namespace {

/// Milliseconds with microsecond precision, without the unit (the header says "ms"), with the
/// locale's decimal separator: "400.000" reads as four hundred thousand in German, "400,000"
/// does not. No group separator, so that a column of times lines up as the trace's do.
QString millis(Time t)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(static_cast<double>(t.count()) / 1000.0, 'f', 3);
}

/// The seq of the latest SYN `host` sent at or before segment `row` (its ISN), if any.
std::optional<tcp::SeqNum> isnBefore(const sim::Timeline& timeline, int row, sim::HostId host)
{
    for (int i = row; i >= 0; --i) {
        const sim::SegmentRecord& rec = timeline.segments[static_cast<std::size_t>(i)];
        if (rec.from == host && rec.packet.tcp.flags.syn()) return rec.packet.tcp.seq;
    }
    return std::nullopt;
}

} // namespace

EventListModel::EventListModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document)
{
    connect(document_, &Document::timelineChanged, this, [this] {
        beginResetModel();
        playheadRow_ = rowAtPlayhead();
        endResetModel();
    });
    connect(document_, &Document::displayOptionsChanged, this, [this] {
        if (rowCount() > 0) emit dataChanged(index(0, Seq), index(rowCount() - 1, Ack));
    });
    connect(document_, &Document::playheadChanged, this, &EventListModel::onPlayheadChanged);
    playheadRow_ = rowAtPlayhead();
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(document_->timeline().segments.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EventListModel::rowAtPlayhead() const
{
    const auto& segments = document_->timeline().segments;
    int row = -1;
    for (std::size_t i = 0; i < segments.size() && segments[i].sent <= document_->playhead(); ++i)
        row = static_cast<int>(i);
    return row;
}

void EventListModel::onPlayheadChanged()
{
    const int row = rowAtPlayhead();
    if (row == playheadRow_) return;
    const int first = std::max(0, std::min(row, playheadRow_));
    const int last = std::max(row, playheadRow_);
    playheadRow_ = row;
    if (rowCount() > 0)
        emit dataChanged(index(first, 0), index(std::min(last + 1, rowCount() - 1), ColumnCount - 1));
}

QString EventListModel::numberText(std::uint32_t value, std::uint32_t base) const
{
    if (document_->relativeNumbers()) return QString::number(static_cast<std::uint32_t>(value - base));
    return QString::number(value);
}

QString EventListModel::eventText(int row) const
{
    const auto& segments = document_->timeline().segments;
    const sim::SegmentRecord& rec = segments[static_cast<std::size_t>(row)];
    QStringList parts;
    if (rec.retransmission) {
        int n = 0;
        for (int i = 0; i <= row; ++i) {
            const sim::SegmentRecord& r = segments[static_cast<std::size_t>(i)];
            if (r.retransmission && r.retransmission_of == rec.retransmission_of) ++n;
        }
        parts << tr("↻ retransmission #%1").arg(n);
    }
    if (rec.duplicate_copy) parts << tr("duplicate copy");
    if (rec.lost()) {
        switch (rec.cause) {
        case sim::DropCause::Rule:
            parts << tr("✕ lost (drop rule)");
            break;
        case sim::DropCause::RandomLoss:
            parts << tr("✕ lost (random loss)");
            break;
        case sim::DropCause::QueueFull:
            parts << tr("✕ lost (queue full)");
            break;
        case sim::DropCause::None:
            //: The segment was lost in the network (dropped by the link)
            parts << tr("lost");
            break;
        }
    } else if (rec.arrived) {
        parts << tr("arrives");
    }
    if (parts.isEmpty()) parts << tr("sent");
    return parts.join(QStringLiteral(", "));
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& timeline = document_->timeline();
    const sim::SegmentRecord& rec = timeline.segments[static_cast<std::size_t>(index.row())];
    const tcp::Segment& seg = rec.packet.tcp;
    // "A", "B", or in a live session "B (Linux kernel)" (Document::hostName()).
    const QString from = document_->hostName(rec.from);
    const QString to = document_->hostName(sim::other(rec.from));

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case TimeColumn:
            return millis(rec.sent);
        case Host:
            return tr("%1 → %2").arg(from, to);
        case Event:
            return eventText(index.row());
        case Flags:
            return QString::fromStdString(seg.flags.names());
        case Seq: {
            const auto isn = isnBefore(timeline, index.row(), rec.from);
            return numberText(seg.seq, isn.value_or(0));
        }
        case Ack: {
            if (!seg.flags.ack()) return QString();
            const auto isn = isnBefore(timeline, index.row(), sim::other(rec.from));
            return numberText(seg.ack, isn.value_or(0));
        }
        case Length:
            return static_cast<qulonglong>(seg.payload.size());
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        if (index.column() == Event || role == Qt::AccessibleTextRole) {
            // One whole sentence per case (arrived, lost, neither), never glued fragments.
            const QString number = QString::number(index.row() + 1);
            const QString flags = QString::fromStdString(seg.flags.names());
            const QString event = eventText(index.row());
            //: Accessible description of a row: %1 number, %2 flags (SYN, ACK, ...), %3 %4 host letters,
            //: %5 time, %6 what happened (e.g. "arrives"), %7 when it happened
            if (rec.arrived)
                return tr("Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms")
                    .arg(number, flags, from, to, millis(rec.sent), event, millis(*rec.arrived));
            //: Accessible description of a lost segment: %6 says why it was lost, %7 when
            if (rec.dropped)
                return tr("Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6 at %7 ms", "lost")
                    .arg(number, flags, from, to, millis(rec.sent), event, millis(*rec.dropped));
            return tr("Segment %1, %2 from host %3 to host %4, sent at %5 ms: %6")
                .arg(number, flags, from, to, millis(rec.sent), event);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Number:
        case TimeColumn:
        case Seq:
        case Ack:
        case Length:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole && index.row() > playheadRow_) {
        // Not yet sent at the playhead: muted, the way a textbook reveals the next line.
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::FontRole && index.row() == playheadRow_) {
        QFont font; // only the weight is set, so the view's font size stays
        font.setBold(true);
        return font;
    }
    if (role == SendTimeRole) return static_cast<qint64>(rec.sent.count());
    return {};
}

void EventListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        //: Column header: the segment's number on the wire
        return tr("No.");
    case TimeColumn:
        return tr("Time (ms)");
    case Host:
        return tr("Host");
    case Event:
        return tr("Event");
    case Flags:
        return tr("Flags");
    case Seq:
        //: Column header: the TCP sequence number field (as Wireshark labels it)
        return tr("Seq");
    case Ack:
        //: Column header: the TCP acknowledgment number field (as Wireshark labels it)
        return tr("Ack");
    case Length:
        //: Column header: the number of data bytes in the segment
        return tr("Len");
    default:
        return {};
    }
}

} // namespace ackademy::ui
