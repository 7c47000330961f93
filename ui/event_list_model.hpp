#pragma once
// The event list: one row per segment put on the wire, over the Document's Timeline.
// It drives the event table dock and shares its selection with the sequence diagram through
// Document::selectedSegment (the row number is the segment id), so the table is the
// accessible way through the diagram (Qt's itemviews/chart example works the same way).

#include <QAbstractTableModel>

namespace ackademy::ui {

class Document;

class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns read like a tcpdump line, followed by what happened to the segment.
    enum Column { Number, TimeColumn, Host, Flags, Seq, Ack, Length, Event, ColumnCount };
    /// Extra role: the segment's send time in microseconds (qint64).
    static constexpr int SendTimeRole = Qt::UserRole + 1;

    explicit EventListModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The last row whose segment was sent at or before the playhead (-1: none yet).
    int rowAtPlayhead() const;

    /// After a language switch: the views ask again for every text (they are translated when
    /// asked for, so nothing is cached here).
    void retranslate();

private:
    QString eventText(int row) const;
    QString numberText(std::uint32_t value, std::uint32_t base) const;
    void onPlayheadChanged();

    Document* document_;
    int playheadRow_ = -1;
};

} // namespace ackademy::ui
