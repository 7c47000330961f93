#pragma once
// The packet inspector: the selected segment's IPv4 and TCP header fields as a tree, and
// below it a hex dump of the encoded packet. Hovering over or selecting a field
// highlights its bytes, as Wireshark does. Every value is read back from the encoded bytes
// (tcp::decode), so what the class sees is what a capture of this packet holds.
//
// With no segment selected it shows the latest one sent at or before the playhead.

#include "core/sim/timeline.hpp"

#include <QPair>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace ackademy::ui {

class Document;

/// The ISN of `host`: the sequence number of the latest SYN it sent at or before `at`
/// (a crash and reconnect start a new connection). nullopt if it sent none yet.
std::optional<tcp::SeqNum> initialSequence(const sim::Timeline& timeline, sim::HostId host, Time at);

class PacketInspector : public QWidget {
    Q_OBJECT
public:
    /// Tree item data roles: the byte range (offset into the IPv4 packet, length) and the
    /// Wireshark display-filter name of the field ("tcp.seq").
    enum Role { OffsetRole = Qt::UserRole + 1, LengthRole, FieldRole };

    explicit PacketInspector(Document* document, QWidget* parent = nullptr);

    /// The segment shown (-1: none).
    int segment() const { return segment_; }
    QTreeWidget* tree() const { return tree_; }
    QPlainTextEdit* hexView() const { return hex_; }
    /// The tree item of a field by its Wireshark name ("tcp.flags.syn"), or nullptr.
    QTreeWidgetItem* field(const QString& name) const;
    /// The highlighted byte range (offset, length) in the IPv4 packet; length 0 for none.
    QPair<int, int> highlightedRange() const { return highlight_; }
    /// Highlights the bytes of `item` (nullptr: those of the current item, if any).
    void highlightItem(QTreeWidgetItem* item);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    int segmentToShow() const;
    void showHex();
    void fitHex();
    int hexColumn(int indexInLine) const;
    int asciiColumn() const;
    void applyHighlight();

    Document* document_;
    QLabel* title_;
    QSplitter* splitter_;
    QTreeWidget* tree_;
    QPlainTextEdit* hex_;
    int segment_ = -1;
    tcp::Bytes bytes_;
    QPair<int, int> highlight_{0, 0};
    int perLine_ = 16; ///< bytes per line of the hex dump
};

} // namespace ackademy::ui
