#pragma once
// The event list dock: a table over EventListModel whose selection is the Document's
// selected segment, shared with the sequence diagram.

#include <QWidget>

class QTableView;

namespace ackademy::ui {

class Document;
class EventListModel;

class EventListPanel : public QWidget {
    Q_OBJECT
public:
    explicit EventListPanel(Document* document, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    EventListModel* model() const { return model_; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void syncFromDocument();
    void followPlayhead();

    Document* document_;
    EventListModel* model_;
    QTableView* table_;
    bool syncing_ = false;
};

} // namespace ackademy::ui
