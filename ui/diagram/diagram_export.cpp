#include "ui/diagram/diagram_export.hpp"

#include "ui/diagram/diagram_layout.hpp"
#include "ui/diagram/diagram_renderer.hpp"
#include "ui/document.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace ackademy::ui {

namespace {

class DiagramExport {
    Q_DECLARE_TR_FUNCTIONS(DiagramExport)
public:
    DiagramExport(const Document& document, const Theme& theme, const ExportOptions& options)
        : document_(document), theme_(theme), options_(options)
    {
        layout_ =
            DiagramLayout(diagramLayoutInput(document, options.zoom, options.width > 0 ? options.width : 1));
        y0_ = layout_.headerHeight;
        y1_ = layout_.height;
        if (options.timeRange) {
            y0_ = std::max(layout_.headerHeight, layout_.yAt(options.timeRange->first) - layout_.slotStep);
            y1_ = std::min(layout_.height, layout_.yAt(options.timeRange->second) + layout_.slotStep);
            if (y1_ <= y0_) y1_ = y0_ + layout_.slotStep;
        }
    }

    QSizeF size() const { return {std::ceil(layout_.width), std::ceil(layout_.headerHeight + (y1_ - y0_))}; }

    void paint(QPainter& p) const
    {
        const QSizeF s = size();
        p.fillRect(QRectF(QPointF(0, 0), s), theme_.background);
        p.save();
        p.setClipRect(QRectF(0, layout_.headerHeight, s.width(), s.height() - layout_.headerHeight));
        p.translate(0, layout_.headerHeight - y0_);
        RenderOptions o;
        o.playhead = options_.playhead.value_or(document_.playhead());
        o.showPlayhead = options_.showPlayhead;
        o.selected = -1;
        o.maxLabelledSegments = 2000;
        DiagramRenderer::paint(p, layout_, document_.timeline(), theme_, o,
                               QRectF(0, y0_, s.width(), y1_ - y0_));
        p.restore();
        DiagramRenderer::paintHeaders(p, layout_, theme_, 0,
                                      options_.showPlayhead ? std::optional<Time>(o.playhead) : std::nullopt);
    }

    static QString fail(const QString& path, const QString& reason)
    {
        return tr("Cannot export the diagram to “%1”: %2.").arg(QDir::toNativeSeparators(path), reason);
    }
    static QString badFormat() { return tr("unknown format, use a name ending in .png, .svg or .pdf"); }
    static QString noFolder(const QString& dir)
    {
        return tr("the folder “%1” does not exist").arg(QDir::toNativeSeparators(dir));
    }
    static QString paintFailed() { return tr("the picture could not be drawn"); }
    static QString title() { return tr("TCP sequence diagram"); }

private:
    const Document& document_;
    const Theme& theme_;
    const ExportOptions& options_;
    DiagramLayout layout_;
    double y0_ = 0;
    double y1_ = 0;
};

} // namespace

bool exportDiagram(const Document& document, const Theme& theme, const QString& path,
                   const ExportOptions& options, QString* error)
{
    auto setError = [&](const QString& reason) {
        if (error != nullptr) *error = DiagramExport::fail(path, reason);
        return false;
    };
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return setError(DiagramExport::badFormat());
    if (!info.absoluteDir().exists()) return setError(DiagramExport::noFolder(info.absolutePath()));

    const DiagramExport exporter(document, theme, options);
    const QSizeF size = exporter.size();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return setError(file.errorString());

    bool ok = true;
    if (suffix == QLatin1String("png")) {
        const double scale = std::max(0.25, options.scale);
        QImage image(static_cast<int>(std::ceil(size.width() * scale)),
                     static_cast<int>(std::ceil(size.height() * scale)), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(theme.background);
        {
            QPainter painter(&image);
            exporter.paint(painter);
        }
        ok = image.save(&file, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(96);
        generator.setTitle(DiagramExport::title());
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            exporter.paint(painter);
            ok = painter.end();
        }
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Ackademy"));
        writer.setTitle(DiagramExport::title());
        const QPageSize page(size * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch);
        writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        ok = painter.begin(&writer);
        if (ok) {
            const double s = writer.resolution() / 96.0;
            painter.scale(s, s);
            exporter.paint(painter);
            ok = painter.end();
        }
    }
    if (!ok) {
        const QString reason =
            file.error() != QFileDevice::NoError ? file.errorString() : DiagramExport::paintFailed();
        file.cancelWriting();
        return setError(reason);
    }
    if (!file.commit()) return setError(file.errorString());
    return true;
}

} // namespace ackademy::ui
