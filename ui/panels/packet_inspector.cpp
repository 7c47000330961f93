#include "ui/panels/packet_inspector.hpp"

#include "ui/document.hpp"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <variant>

namespace ackademy::ui {

namespace {

constexpr int kHexColumn = 6; // "0000  "

std::uint16_t be16(const tcp::Bytes& b, std::size_t at)
{
    return static_cast<std::uint16_t>((b[at] << 8) | b[at + 1]);
}

std::uint32_t be32(const tcp::Bytes& b, std::size_t at)
{
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) |
           std::uint32_t{b[at + 3]};
}

QString hex16(std::uint16_t v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

QString ipText(tcp::Ipv4Address a)
{
    return QString::fromStdString(tcp::ipv4_to_string(a));
}

/// True if the TCP checksum over the pseudo-header (RFC 9293 §3.1) and segment is correct.
bool tcpChecksumCorrect(const tcp::Bytes& b, std::size_t ipHeader)
{
    const std::size_t tcpLength = b.size() - ipHeader;
    tcp::Bytes pseudo;
    pseudo.reserve(12 + tcpLength);
    pseudo.insert(pseudo.end(), b.begin() + 12, b.begin() + 20); // source and destination
    pseudo.push_back(0);
    pseudo.push_back(6);
    pseudo.push_back(static_cast<std::uint8_t>(tcpLength >> 8));
    pseudo.push_back(static_cast<std::uint8_t>(tcpLength & 0xFF));
    pseudo.insert(pseudo.end(), b.begin() + static_cast<std::ptrdiff_t>(ipHeader), b.end());
    return tcp::internet_checksum(pseudo) == 0;
}

/// The window scale shift the sender of `seg` applies (RFC 7323 §2.2): the shift its SYN
/// announced, when both SYNs carried the option; nullopt when scaling is not in use.
std::optional<int> windowShift(const sim::Timeline& t, const sim::SegmentRecord& seg)
{
    std::optional<int> mine;
    bool peerOffered = false;
    for (const sim::SegmentRecord& s : t.segments) {
        if (s.sent > seg.sent) break;
        if (!s.packet.tcp.flags.syn()) continue;
        const auto ws = s.packet.tcp.options.window_scale();
        if (s.from == seg.from) {
            mine = ws ? std::optional<int>(*ws) : std::nullopt;
        } else {
            peerOffered = ws.has_value();
        }
    }
    if (mine && peerOffered) return mine;
    return std::nullopt;
}

/// "1 byte", "44 bytes": numerus forms, from translations/ackademy_en.ts in English (Qt 6.4).
QString byteCount(int n)
{
    return PacketInspector::tr("%Ln byte(s)", nullptr, n);
}

bool printable(std::span<const std::uint8_t> bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
    });
}

} // namespace

std::optional<tcp::SeqNum> initialSequence(const sim::Timeline& timeline, sim::HostId host, Time at)
{
    std::optional<tcp::SeqNum> isn;
    for (const sim::SegmentRecord& s : timeline.segments) {
        if (s.sent > at) break;
        if (s.from == host && s.packet.tcp.flags.syn() && !s.duplicate_copy) isn = s.packet.tcp.seq;
    }
    return isn;
}

PacketInspector::PacketInspector(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), title_(new QLabel(this)), splitter_(new QSplitter(this)),
      tree_(new QTreeWidget(splitter_)), hex_(new QPlainTextEdit(splitter_))
{
    setObjectName(QStringLiteral("PacketInspector"));
    title_->setObjectName(QStringLiteral("PacketInspectorTitle"));
    title_->setWordWrap(true);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);

    tree_->setObjectName(QStringLiteral("PacketInspectorTree"));
    tree_->setColumnCount(2);
    tree_->setMouseTracking(true);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(true);
    tree_->viewport()->installEventFilter(this);

    hex_->setObjectName(QStringLiteral("PacketInspectorHex"));
    hex_->setReadOnly(true);
    hex_->setLineWrapMode(QPlainTextEdit::NoWrap);
    hex_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(mono.pointSizeF(), font().pointSizeF()));
    hex_->setFont(mono);

    splitter_->setOrientation(Qt::Vertical);
    splitter_->setChildrenCollapsible(false);
    splitter_->setStretchFactor(0, 1);
    splitter_->setStretchFactor(1, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addWidget(splitter_, 1);

    connect(tree_, &QTreeWidget::itemEntered, this,
            [this](QTreeWidgetItem* item, int) { highlightItem(item); });
    connect(tree_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item, QTreeWidgetItem*) { highlightItem(item); });
    connect(document_, &Document::timelineChanged, this, &PacketInspector::rebuild);
    connect(document_, &Document::selectionChanged, this, &PacketInspector::rebuild);
    connect(document_, &Document::displayOptionsChanged, this, &PacketInspector::rebuild);
    connect(document_, &Document::playheadChanged, this, [this] {
        if (segmentToShow() != segment_) rebuild();
    });
    retranslateUi();
}

QTreeWidgetItem* PacketInspector::field(const QString& name) const
{
    for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
        if ((*it)->data(0, FieldRole).toString() == name) return *it;
    }
    return nullptr;
}

int PacketInspector::segmentToShow() const
{
    const sim::Timeline& t = document_->timeline();
    const int selected = document_->selectedSegment();
    if (selected >= 0 && static_cast<std::size_t>(selected) < t.segments.size()) return selected;
    // The latest segment put on the wire at or before the playhead.
    const Time now = document_->playhead();
    auto it = std::upper_bound(t.segments.begin(), t.segments.end(), now,
                               [](Time at, const sim::SegmentRecord& s) { return at < s.sent; });
    while (it != t.segments.begin()) {
        --it;
        if (!it->duplicate_copy) return it->id;
    }
    return -1;
}

void PacketInspector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    if (event->type() == QEvent::PaletteChange) applyHighlight();
    QWidget::changeEvent(event);
}

int PacketInspector::hexColumn(int indexInLine) const
{
    return kHexColumn + 3 * indexInLine + (perLine_ == 16 && indexInLine >= 8 ? 1 : 0);
}

int PacketInspector::asciiColumn() const
{
    return hexColumn(perLine_) + 1;
}

void PacketInspector::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A wide, short dock (under the diagram) puts a narrow dump of 8 bytes a line beside the
    // tree; otherwise 16 bytes a line, below it.
    const bool wide = width() > 2 * height();
    const int perLine = wide ? 8 : 16;
    splitter_->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    if (perLine != perLine_) {
        perLine_ = perLine;
        showHex();
        applyHighlight();
    }
    fitHex();
}

void PacketInspector::fitHex()
{
    const int frame = 2 * hex_->frameWidth() + static_cast<int>(2 * hex_->document()->documentMargin());
    if (splitter_->orientation() == Qt::Horizontal) {
        const int hex =
            hex_->fontMetrics().horizontalAdvance(QString(asciiColumn() + perLine_ + 1, QLatin1Char('0'))) +
            frame + hex_->verticalScrollBar()->sizeHint().width();
        splitter_->setSizes({std::max(1, width() - hex - splitter_->handleWidth()), hex});
        return;
    }
    // Below the tree: as tall as its lines (a handshake segment has 3), up to 6.
    const int lines = std::clamp(static_cast<int>((bytes_.size() + 15) / 16), 2, 6);
    const int hex =
        lines * hex_->fontMetrics().lineSpacing() + frame + hex_->horizontalScrollBar()->sizeHint().height();
    splitter_->setSizes({std::max(1, height() - hex - splitter_->handleWidth()), hex});
}

bool PacketInspector::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the tree: back to the bytes of the selected field.
    if (watched == tree_->viewport() && event->type() == QEvent::Leave) highlightItem(nullptr);
    return QWidget::eventFilter(watched, event);
}

void PacketInspector::retranslateUi()
{
    tree_->setHeaderLabels({tr("Field"), tr("Value")});
    tree_->setAccessibleName(tr("Header fields of the segment"));
    hex_->setAccessibleName(tr("Bytes of the packet in hexadecimal"));
    title_->setAccessibleName(tr("Inspected segment"));
    if (auto* dock = parentWidget()) {
        if (dock->inherits("QDockWidget")) dock->setWindowTitle(tr("Inspector"));
    }
    rebuild();
}

void PacketInspector::highlightItem(QTreeWidgetItem* item)
{
    if (item == nullptr) item = tree_->currentItem();
    if (item == nullptr) {
        highlight_ = {0, 0};
    } else {
        highlight_ = {item->data(0, OffsetRole).toInt(), item->data(0, LengthRole).toInt()};
    }
    applyHighlight();
}

void PacketInspector::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int begin = highlight_.first;
    const int end = std::min<int>(highlight_.first + highlight_.second, static_cast<int>(bytes_.size()));
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    for (int line = begin / perLine_; begin < end && line <= (end - 1) / perLine_; ++line) {
        const int first = std::max(begin, line * perLine_) - line * perLine_;
        const int last = std::min(end, (line + 1) * perLine_) - 1 - line * perLine_;
        const QTextBlock block = hex_->document()->findBlockByNumber(line);
        if (!block.isValid()) break;
        for (auto [from, to] : {std::pair{hexColumn(first), hexColumn(last) + 2},
                                std::pair{asciiColumn() + first, asciiColumn() + last + 1}}) {
            QTextEdit::ExtraSelection s;
            s.format = format;
            s.cursor = QTextCursor(block);
            s.cursor.setPosition(block.position() + from);
            s.cursor.setPosition(block.position() + to, QTextCursor::KeepAnchor);
            selections.append(s);
        }
    }
    hex_->setExtraSelections(selections);
    if (!selections.isEmpty()) {
        QTextCursor c = selections.front().cursor;
        c.clearSelection();
        hex_->setTextCursor(c);
        hex_->ensureCursorVisible();
    }
}

void PacketInspector::showHex()
{
    QString text;
    for (std::size_t line = 0; line * perLine_ < bytes_.size(); ++line) {
        QString hex;
        QString ascii;
        for (int i = 0; i < perLine_; ++i) {
            const std::size_t at = line * perLine_ + static_cast<std::size_t>(i);
            if (i == 8 && perLine_ == 16) hex += QLatin1Char(' ');
            if (at < bytes_.size()) {
                const std::uint8_t b = bytes_[at];
                hex += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7F) ? QLatin1Char(static_cast<char>(b)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        if (line > 0) text += QLatin1Char('\n');
        text += QStringLiteral("%1  %2 %3")
                    .arg(static_cast<qulonglong>(line) * static_cast<qulonglong>(perLine_), 4, 16, QLatin1Char('0'))
                    .arg(hex, ascii);
    }
    hex_->setPlainText(text);
    fitHex();
}

void PacketInspector::rebuild()
{
    const QString current =
        tree_->currentItem() != nullptr ? tree_->currentItem()->data(0, FieldRole).toString() : QString();
    tree_->clear();
    bytes_.clear();
    segment_ = segmentToShow();
    const sim::Timeline& t = document_->timeline();
    if (segment_ < 0) {
        title_->setText(tr("No segment yet. Step forward, or click a segment in the diagram."));
        showHex();
        highlightItem(nullptr);
        return;
    }
    const sim::SegmentRecord& rec = t.segments[static_cast<std::size_t>(segment_)];
    bytes_ = rec.encode();
    const tcp::DecodeResult decoded = tcp::decode(bytes_);
    const tcp::Bytes& b = bytes_;
    // "A", "B", or in a live session "B (Linux kernel)" (Document::hostName()).
    const QString from = document_->hostName(rec.from);
    const QString to = document_->hostName(sim::other(rec.from));
    const QString flags = QString::fromStdString(rec.packet.tcp.flags.names());
    const QString sent = QLocale().toString(std::chrono::duration<double>(rec.sent).count(), 'f', 3);
    title_->setText(document_->selectedSegment() == segment_
                        ? tr("Segment #%1: %2 from Host %3 to Host %4, sent at %5 s")
                              .arg(segment_ + 1)
                              .arg(flags, from, to, sent)
                        : tr("Segment #%1: %2 from Host %3 to Host %4, sent at %5 s (the latest; click a "
                             "segment to choose another)")
                              .arg(segment_ + 1)
                              .arg(flags, from, to, sent));

    auto add = [](QTreeWidgetItem* parent, const QString& name, const QString& value, int offset, int length,
                  const char* field) {
        auto* item = new QTreeWidgetItem(parent, {name, value});
        item->setData(0, OffsetRole, offset);
        item->setData(0, LengthRole, length);
        item->setData(0, FieldRole, QString::fromLatin1(field));
        const QString tip = QStringLiteral("%1 · %2").arg(
            QString::fromLatin1(field),
            length == 1 ? tr("byte %1").arg(offset) : tr("bytes %1–%2").arg(offset).arg(offset + length - 1));
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        return item;
    };

    // ----- IPv4 (RFC 791) -----------------------------------------------------------------
    const int ihl = (b[0] & 0x0F) * 4;
    auto* ip = new QTreeWidgetItem(tree_, {tr("Internet Protocol version 4"),
                                           tr("%1 → %2").arg(ipText(be32(b, 12)), ipText(be32(b, 16)))});
    ip->setData(0, OffsetRole, 0);
    ip->setData(0, LengthRole, ihl);
    ip->setData(0, FieldRole, QStringLiteral("ip"));
    add(ip, tr("Version"), QString::number(b[0] >> 4), 0, 1, "ip.version");
    add(ip, tr("Header length"), tr("%1 bytes (IHL %2)").arg(ihl).arg(b[0] & 0x0F), 0, 1, "ip.hdr_len");
    add(ip, tr("Type of service"), QStringLiteral("0x%1").arg(b[1], 2, 16, QLatin1Char('0')), 1, 1,
        "ip.dsfield");
    add(ip, tr("Total length"), tr("%1 bytes").arg(be16(b, 2)), 2, 2, "ip.len");
    add(ip, tr("Identification"), QStringLiteral("%1 (%2)").arg(hex16(be16(b, 4))).arg(be16(b, 4)), 4, 2,
        "ip.id");
    auto* ipFlags =
        add(ip, tr("Flags"), (b[6] & 0x40) != 0 ? tr("Don't fragment") : tr("none"), 6, 1, "ip.flags");
    add(ipFlags, tr("Don't fragment (DF)"), (b[6] & 0x40) != 0 ? tr("set") : tr("not set"), 6, 1,
        "ip.flags.df");
    add(ipFlags, tr("More fragments (MF)"), (b[6] & 0x20) != 0 ? tr("set") : tr("not set"), 6, 1,
        "ip.flags.mf");
    add(ip, tr("Fragment offset"), QString::number(be16(b, 6) & 0x1FFF), 6, 2, "ip.frag_offset");
    add(ip, tr("Time to live"), QString::number(b[8]), 8, 1, "ip.ttl");
    add(ip, tr("Protocol"), b[9] == 6 ? tr("6 (TCP)") : QString::number(b[9]), 9, 1, "ip.proto");
    const bool ipOk = tcp::internet_checksum(std::span(b.data(), static_cast<std::size_t>(ihl))) == 0;
    add(ip, tr("Header checksum"),
        ipOk ? tr("%1 (correct)").arg(hex16(be16(b, 10))) : tr("%1 (WRONG)").arg(hex16(be16(b, 10))), 10, 2,
        "ip.checksum");
    // Already in parentheses, so the kernel of a live session is named without nesting them.
    auto addressOf = [&](std::uint32_t address, sim::HostId host) {
        const QString letter(QLatin1Char(sim::host_letter(host)));
        //: An address and its host in a live session: %1 the IPv4 address, %2 the host's letter (B)
        return document_->isKernel(host) ? tr("%1 (Host %2, Linux kernel)").arg(ipText(address), letter)
                                         : tr("%1 (Host %2)").arg(ipText(address)).arg(letter);
    };
    add(ip, tr("Source address"), addressOf(be32(b, 12), rec.from), 12, 4, "ip.src");
    add(ip, tr("Destination address"), addressOf(be32(b, 16), sim::other(rec.from)), 16, 4, "ip.dst");

    // ----- TCP (RFC 9293 §3.1) ------------------------------------------------------------
    const int o = ihl;
    const int dataOffset = (b[static_cast<std::size_t>(o) + 12] >> 4) * 4;
    const int payloadLength = static_cast<int>(b.size()) - o - dataOffset;
    const auto srcPort = be16(b, static_cast<std::size_t>(o));
    const auto dstPort = be16(b, static_cast<std::size_t>(o) + 2);
    auto* tcpItem = new QTreeWidgetItem(
        tree_,
        {tr("Transmission Control Protocol"),
         tr("port %1 → %2, %3, data: %4").arg(srcPort).arg(dstPort).arg(flags, byteCount(payloadLength))});
    tcpItem->setData(0, OffsetRole, o);
    tcpItem->setData(0, LengthRole, dataOffset);
    tcpItem->setData(0, FieldRole, QStringLiteral("tcp"));
    add(tcpItem, tr("Source port"), QString::number(srcPort), o, 2, "tcp.srcport");
    add(tcpItem, tr("Destination port"), QString::number(dstPort), o + 2, 2, "tcp.dstport");

    const tcp::SeqNum seq = be32(b, static_cast<std::size_t>(o) + 4);
    const tcp::SeqNum ack = be32(b, static_cast<std::size_t>(o) + 8);
    const auto myIsn = initialSequence(t, rec.from, rec.sent);
    const auto peerIsn = initialSequence(t, sim::other(rec.from), rec.sent);
    auto number = [&](tcp::SeqNum value, std::optional<tcp::SeqNum> base) {
        if (!base) return QString::number(value);
        return document_->relativeNumbers()
                   ? tr("%1 (absolute %2)").arg(tcp::seq_relative(value, *base)).arg(value)
                   : tr("%1 (relative %2)").arg(value).arg(tcp::seq_relative(value, *base));
    };
    add(tcpItem, tr("Sequence number"), number(seq, myIsn), o + 4, 4, "tcp.seq");
    const bool hasAck = (b[static_cast<std::size_t>(o) + 13] & 0x10) != 0;
    add(tcpItem, tr("Acknowledgment number"),
        hasAck ? number(ack, peerIsn) : tr("%1 (not used: ACK is not set)").arg(ack), o + 8, 4, "tcp.ack");
    add(tcpItem, tr("Data offset"), tr("%1 (%2 bytes of header)").arg(dataOffset / 4).arg(dataOffset), o + 12,
        1, "tcp.hdr_len");

    const std::uint16_t bits = static_cast<std::uint16_t>(be16(b, static_cast<std::size_t>(o) + 12) & 0x1FF);
    auto* flagsItem =
        add(tcpItem, tr("Flags"), QStringLiteral("0x%1 (%2)").arg(bits, 3, 16, QLatin1Char('0')).arg(flags),
            o + 12, 2, "tcp.flags");
    struct FlagRow {
        std::uint16_t bit;
        const char* name;
        const char* field;
        const char* meaning;
    };
    static constexpr FlagRow kFlags[] = {
        {tcp::TcpFlags::AE, "AE", "tcp.flags.ae",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "accurate ECN")},
        {tcp::TcpFlags::CWR, "CWR", "tcp.flags.cwr",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "congestion window reduced")},
        {tcp::TcpFlags::ECE, "ECE", "tcp.flags.ece",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "ECN echo")},
        {tcp::TcpFlags::URG, "URG", "tcp.flags.urg",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "urgent pointer is valid")},
        {tcp::TcpFlags::ACK, "ACK", "tcp.flags.ack",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "acknowledgment number is valid")},
        {tcp::TcpFlags::PSH, "PSH", "tcp.flags.push",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "push")},
        {tcp::TcpFlags::RST, "RST", "tcp.flags.reset",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "reset the connection")},
        {tcp::TcpFlags::SYN, "SYN", "tcp.flags.syn",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "synchronize sequence numbers")},
        {tcp::TcpFlags::FIN, "FIN", "tcp.flags.fin",
         QT_TRANSLATE_NOOP("ackademy::ui::PacketInspector", "no more data from the sender")},
    };
    for (const FlagRow& f : kFlags) {
        const bool set = (bits & f.bit) != 0;
        auto* item = add(flagsItem, QStringLiteral("%1 (%2)").arg(QLatin1String(f.name), tr(f.meaning)),
                         set ? tr("1: set") : tr("0: not set"), f.bit == tcp::TcpFlags::AE ? o + 12 : o + 13,
                         1, f.field);
        if (set) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
    }
    flagsItem->setExpanded(false); // the row says which are set; the bits are one click away

    const std::uint16_t window = be16(b, static_cast<std::size_t>(o) + 14);
    QString windowText;
    if ((bits & tcp::TcpFlags::SYN) != 0) {
        windowText = tr("%1 (never scaled in a SYN, RFC 7323 §2.2)").arg(window);
    } else if (const auto shift = windowShift(t, rec)) {
        windowText = tr("%1 × 2^%2 = %3 bytes (scale from the handshake)")
                         .arg(window)
                         .arg(*shift)
                         .arg(static_cast<qulonglong>(window) << *shift);
    } else {
        windowText = tr("%1 bytes (no window scaling on this connection)").arg(window);
    }
    add(tcpItem, tr("Window"), windowText, o + 14, 2, "tcp.window_size");
    const bool tcpOk = tcpChecksumCorrect(b, static_cast<std::size_t>(o)) && decoded.packet.has_value();
    add(tcpItem, tr("Checksum"),
        tcpOk ? tr("%1 (correct)").arg(hex16(be16(b, static_cast<std::size_t>(o) + 16)))
              : tr("%1 (WRONG)").arg(hex16(be16(b, static_cast<std::size_t>(o) + 16))),
        o + 16, 2, "tcp.checksum");
    const std::uint16_t urgent = be16(b, static_cast<std::size_t>(o) + 18);
    add(tcpItem, tr("Urgent pointer"),
        (bits & tcp::TcpFlags::URG) != 0 ? QString::number(urgent)
                                         : tr("%1 (not used: URG is not set)").arg(urgent),
        o + 18, 2, "tcp.urgent_pointer");

    // Options, walked byte by byte so that each keeps its own range.
    const int optionsLength = dataOffset - 20;
    if (optionsLength > 0) {
        auto* options =
            add(tcpItem, tr("Options"), byteCount(optionsLength), o + 20, optionsLength, "tcp.options");
        std::size_t at = static_cast<std::size_t>(o) + 20;
        const std::size_t end = at + static_cast<std::size_t>(optionsLength);
        while (at < end) {
            const std::uint8_t kind = b[at];
            const int offset = static_cast<int>(at);
            if (kind == tcp::opt::kEol) {
                add(options, tr("End of option list"),
                    tr("then padding: %1").arg(byteCount(static_cast<int>(end - at - 1))), offset,
                    static_cast<int>(end - at), "tcp.options.eol");
                break;
            }
            if (kind == tcp::opt::kNop) {
                add(options, tr("No-operation (NOP)"), tr("aligns the next option"), offset, 1,
                    "tcp.options.nop");
                ++at;
                continue;
            }
            if (at + 1 >= end || b[at + 1] < 2 || at + b[at + 1] > end) {
                add(options, tr("Malformed option"), tr("kind %1").arg(kind), offset,
                    static_cast<int>(end - at), "tcp.options");
                break;
            }
            const int length = b[at + 1];
            switch (kind) {
            case tcp::opt::kMss:
                add(options, tr("Maximum segment size"), tr("%1 bytes").arg(be16(b, at + 2)), offset, length,
                    "tcp.options.mss");
                break;
            case tcp::opt::kWindowScale:
                add(options, tr("Window scale"),
                    tr("shift %1 (multiply by %2)").arg(b[at + 2]).arg(1U << std::min<int>(b[at + 2], 14)),
                    offset, length, "tcp.options.wscale");
                break;
            case tcp::opt::kSackPermitted:
                add(options, tr("SACK permitted"), tr("selective acknowledgments may be used"), offset,
                    length, "tcp.options.sack_perm");
                break;
            case tcp::opt::kSack: {
                QStringList blocks;
                for (int i = 2; i + 8 <= length; i += 8) {
                    const tcp::SeqNum left = be32(b, at + static_cast<std::size_t>(i));
                    const tcp::SeqNum right = be32(b, at + static_cast<std::size_t>(i) + 4);
                    blocks << (peerIsn ? QStringLiteral("%1–%2").arg(number(left, peerIsn),
                                                                     number(right, peerIsn))
                                       : QStringLiteral("%1–%2").arg(left).arg(right));
                }
                add(options, tr("SACK"), blocks.join(QStringLiteral(", ")), offset, length,
                    "tcp.options.sack");
                break;
            }
            case tcp::opt::kTimestamps:
                add(options, tr("Timestamps"),
                    tr("TSval %1, TSecr %2").arg(be32(b, at + 2)).arg(be32(b, at + 6)), offset, length,
                    "tcp.options.timestamp");
                break;
            default:
                add(options, tr("Option kind %1").arg(kind), byteCount(length), offset, length,
                    "tcp.options");
                break;
            }
            at += static_cast<std::size_t>(length);
        }
        options->setExpanded(true);
    }

    if (payloadLength > 0) {
        const auto payload = std::span(b).subspan(static_cast<std::size_t>(o) + static_cast<std::size_t>(dataOffset));
        QString value;
        if (printable(payload)) {
            QString text =
                QString::fromLatin1(reinterpret_cast<const char*>(payload.data()),
                                    static_cast<qsizetype>(std::min<std::size_t>(payload.size(), 200)));
            text.replace(QLatin1Char('\n'), QStringLiteral("\\n"))
                .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
            // The ellipsis of a cut text belongs inside the quotes, as in „…“ or « … ».
            if (payload.size() > 200)
                //: The data as text, quoted; %1 its first 200 characters (the data goes on)
                value = tr("“%1…”").arg(text);
            else
                //: The data as text, quoted
                value = tr("“%1”").arg(text);
        } else {
            value = tr("%1 of binary data").arg(byteCount(payloadLength));
        }
        add(tree_->invisibleRootItem(), tr("Data (%1)").arg(byteCount(payloadLength)), value, o + dataOffset,
            payloadLength, "tcp.payload");
    }
    tcpItem->setExpanded(true);
    ip->setExpanded(false);

    showHex();
    if (QTreeWidgetItem* again = current.isEmpty() ? nullptr : field(current)) {
        tree_->setCurrentItem(again);
    } else {
        highlightItem(nullptr);
    }
}

} // namespace ackademy::ui
