#include "ui/panels/event_list_panel.hpp"

#include "ui/document.hpp"
#include "ui/event_list_model.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ackademy::ui {

EventListPanel::EventListPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new EventListModel(document, this)),
      table_(new QTableView(this))
{
    setObjectName(QStringLiteral("EventListPanel"));
    table_->setObjectName(QStringLiteral("EventTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setHighlightSections(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);

    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (syncing_) return;
        const QModelIndexList rows = table_->selectionModel()->selectedRows();
        document_->setSelectedSegment(rows.isEmpty() ? -1 : rows.first().row());
    });
    connect(document_, &Document::selectionChanged, this, &EventListPanel::syncFromDocument);
    connect(model_, &QAbstractItemModel::modelReset, this, &EventListPanel::syncFromDocument);
    connect(document_, &Document::playheadChanged, this, &EventListPanel::followPlayhead);
    retranslateUi();
    syncFromDocument();
}

void EventListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        model_->retranslate();
    }
    QWidget::changeEvent(event);
}

void EventListPanel::retranslateUi()
{
    table_->setAccessibleName(tr("Event list"));
    table_->setAccessibleDescription(
        tr("Every segment put on the wire, in order. Selecting a row selects the segment in the diagram."));
}

void EventListPanel::syncFromDocument()
{
    syncing_ = true;
    const int id = document_->selectedSegment();
    if (id < 0 || id >= model_->rowCount()) {
        table_->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = model_->index(id, 0);
        table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        if (table_->isVisible()) table_->scrollTo(index);
    }
    syncing_ = false;
}

void EventListPanel::followPlayhead()
{
    // A hidden table has no real size yet: scrolling now would leave the rows before the
    // playhead out of sight once it is shown (showEvent follows again).
    if (!table_->isVisible()) return;
    const int row = model_->rowAtPlayhead();
    if (row < 0) return;
    const QModelIndex index = model_->index(row, 0);
    // Keep the rows just sent in view, with the ones before them as context.
    if (!table_->viewport()->rect().contains(table_->visualRect(index)))
        table_->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void EventListPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    followPlayhead();
}

} // namespace ackademy::ui
