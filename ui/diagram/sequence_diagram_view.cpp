#include "ui/diagram/sequence_diagram_view.hpp"

#include "ui/document.hpp"

#include <QPainter>

namespace ackademy::ui {

SequenceDiagramView::SequenceDiagramView(Document* document, QWidget* parent)
    : QAbstractScrollArea(parent), document_(document)
{
    setObjectName(QStringLiteral("SequenceDiagram"));
    connect(document_, &Document::timelineChanged, viewport(), qOverload<>(&QWidget::update));
    connect(document_, &Document::playheadChanged, viewport(), qOverload<>(&QWidget::update));
}

void SequenceDiagramView::setTheme(const Theme& theme)
{
    theme_ = theme;
    viewport()->update();
}

void SequenceDiagramView::setZoom(double zoom)
{
    zoom_ = qBound(0.25, zoom, 4.0);
    viewport()->update();
}

void SequenceDiagramView::zoomIn() { setZoom(zoom_ * 1.25); }
void SequenceDiagramView::zoomOut() { setZoom(zoom_ / 1.25); }
void SequenceDiagramView::fitToWindow() { setZoom(1.0); }

void SequenceDiagramView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), theme_.background);
}

} // namespace ackademy::ui
