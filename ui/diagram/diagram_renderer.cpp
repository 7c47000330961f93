#include "ui/diagram/diagram_renderer.hpp"

#include "ui/diagram/pill_painter.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPaintEngine>
#include <QPolygonF>
#include <QStaticText>

#include <array>
#include <cmath>
#include <tuple>
#include <vector>

namespace ackademy::ui {

namespace {

QColor kindColor(const Theme& theme, SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Syn:
        return theme.syn;
    case SegmentKind::Data:
        return theme.data;
    case SegmentKind::Fin:
        return theme.fin;
    case SegmentKind::Rst:
        return theme.rst;
    case SegmentKind::Ack:
        return theme.ack;
    }
    return theme.text;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

/// A filled (or hollow) arrowhead with its point at `tip`, pointing along `dir` (unit), as a
/// triangle outlined by a pen of width max(1, size / 7) with mitred joins.
void arrowHead(QPainter& p, QPointF tip, QPointF dir, double size, const QColor& color, const QColor& fill)
{
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = tip - dir * size;
    const double penWidth = std::max(1.0, size / 7);
    if (fill == color) {
        // Filled in the outline's colour: fill the outline's outer edge instead of stroking
        // it (stroking a small polygon costs far more than filling one). A mitred outline of
        // a triangle is the triangle scaled about its incentre, by (r + w/2) / r.
        const double half = 0.42 * size;                                 // half the base
        const double inradius = size * half / (half + std::hypot(size, half));
        const QPointF centre = base + dir * inradius;
        const double k = (inradius + penWidth / 2) / inradius;
        const QPointF head[3] = {centre + (tip - centre) * k,
                                 centre + (base + normal * half - centre) * k,
                                 centre + (base - normal * half - centre) * k};
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(head, 3);
        return;
    }
    const QPointF head[3] = {tip, base + normal * (size * 0.42), base - normal * (size * 0.42)};
    p.setBrush(fill);
    QPen pen(color, penWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    p.setPen(pen);
    p.drawPolygon(head, 3);
}

void cross(QPainter& p, QPointF c, double r, const QColor& color, double width)
{
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
    p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
}

/// The parameters [t0, t1] of the part of the segment a-b inside `r` (Liang-Barsky), or
/// t0 > t1 when it misses `r`.
std::pair<double, double> clipParameters(QPointF a, QPointF b, const QRectF& r)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double pq[4][2] = {{-dx, a.x() - r.left()},
                             {dx, r.right() - a.x()},
                             {-dy, a.y() - r.top()},
                             {dy, r.bottom() - a.y()}};
    for (const auto& [pp, q] : pq) {
        if (pp == 0) {
            if (q < 0) return {1, 0};
            continue;
        }
        const double t = q / pp;
        if (pp < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    return {t0, t1};
}

bool visibleAt(Time t, Time playhead)
{
    return t <= playhead;
}

} // namespace

void DiagramRenderer::paintHeaders(QPainter& p, const DiagramLayout& L, const Theme& theme, double top,
                                   std::optional<Time> playhead)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.translate(0, top);
    p.fillRect(QRectF(0, 0, L.width, L.headerHeight), theme.background);
    p.setPen(QPen(theme.grid, L.lineWidth));
    p.drawLine(QPointF(0, L.headerHeight - L.lineWidth / 2),
               QPointF(L.width, L.headerHeight - L.lineWidth / 2));
    auto box = [&](const QRectF& r, const QString& title, const QString& address) {
        paintPill(p, r, theme.stateBadge, theme.lifeline, L.lineWidth, 0.35 * L.em);
        const double pad = 0.35 * L.em;
        QRectF t(r.left(), r.top() + pad, r.width(), L.lineHeight);
        p.setFont(L.boldFont);
        p.setPen(theme.text);
        p.drawText(t, Qt::AlignHCenter | Qt::AlignVCenter, title);
        p.setFont(L.font);
        p.setPen(theme.mutedText);
        p.drawText(t.translated(0, L.lineHeight), Qt::AlignHCenter | Qt::AlignVCenter, address);
    };
    box(L.headerA, L.titleA, L.addressA);
    box(L.headerB, L.titleB, L.addressB);
    if (playhead) {
        // The playhead's time, between the hosts, where it never covers the diagram.
        const QString text = tr("t = %1").arg(formatSeconds(*playhead));
        p.setFont(L.boldFont);
        const QFontMetricsF fm(L.boldFont);
        const double w = fm.horizontalAdvance(text) + 1.2 * L.em;
        const double h = fm.lineSpacing() + 0.4 * L.em;
        const QRectF r((L.xA + L.xB) / 2 - w / 2, L.headerA.center().y() - h / 2, w, h);
        paintPill(p, r, theme.playhead, QColor(), L.lineWidth, h / 2);
        p.setPen(theme.playheadText);
        p.drawText(r, Qt::AlignCenter, text);
    }
    p.restore();
}

void DiagramRenderer::paint(QPainter& p, const DiagramLayout& L, const sim::Timeline& tl, const Theme& theme,
                            const RenderOptions& o, const QRectF& exposed)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(exposed, theme.background);

    const Time ph = o.playhead;
    const double py = L.yAt(ph);
    const double lw = L.lineWidth;
    const double em = L.em;
    const QFontMetricsF fmSmall(L.smallFont);

    // ----- Compressed gaps: a calm band with the real duration ---------------------------
    for (const BreakMarker& b : L.breaks) {
        if (b.bottom < exposed.top() || b.top > exposed.bottom()) continue;
        const QRectF band(0, b.top, L.width, b.bottom - b.top);
        p.fillRect(band, theme.gapBand);
        p.setFont(L.font);
        p.setPen(theme.mutedText);
        p.drawText(QRectF(L.xA, b.top, L.xB - L.xA, b.bottom - b.top), Qt::AlignCenter, b.text);
    }

    // ----- Lifelines, broken where time is compressed ------------------------------------
    {
        const double y0 = std::max(exposed.top(), L.headerHeight);
        const double y1 = std::min(exposed.bottom(), L.height - L.lineHeight);
        for (double x : {L.xA, L.xB}) {
            double from = y0;
            QPen pen(theme.lifeline, 1.4 * lw, Qt::SolidLine, Qt::FlatCap);
            for (const BreakMarker& b : L.breaks) {
                if (b.bottom < y0 || b.top > y1) continue;
                p.setPen(pen);
                if (b.top > from) p.drawLine(QPointF(x, from), QPointF(x, b.top));
                // The break: two short slanted strokes, and a dotted line through the band.
                QPen dotted(theme.lifeline, lw, Qt::DotLine);
                p.setPen(dotted);
                p.drawLine(QPointF(x, b.top + 0.35 * em), QPointF(x, b.bottom - 0.35 * em));
                QPen slash(theme.lifeline, 1.4 * lw, Qt::SolidLine, Qt::RoundCap);
                p.setPen(slash);
                for (double yy : {b.top + 0.15 * em, b.bottom - 0.45 * em})
                    p.drawLine(QPointF(x - 0.5 * em, yy + 0.3 * em), QPointF(x + 0.5 * em, yy));
                from = b.bottom;
            }
            p.setPen(pen);
            if (from < y1) p.drawLine(QPointF(x, from), QPointF(x, y1));
        }
    }

    // ----- The playhead ---------------------------------------------------------------------
    // Under everything with text (timer countdowns, state badges, labels), so the line never
    // runs through a word; the arrows cross it.
    if (o.showPlayhead && py >= exposed.top() - em && py <= exposed.bottom() + em) {
        p.setPen(QPen(withAlpha(theme.playhead, 200), 1.2 * lw, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(0, py), QPointF(L.width, py));
    }

    // ----- Timers: brackets beside the lifeline that count down --------------------------
    std::vector<QRectF> countdowns; // placed so far, so that two never overlap
    for (const TimerGeometry& g : L.timers) {
        const sim::TimerSpan& t = tl.timers[static_cast<std::size_t>(g.index)];
        if (!visibleAt(t.armed, ph)) continue;
        const double yFar = std::max(g.yEnd, g.yDeadline);
        if (yFar < exposed.top() || g.yArmed > exposed.bottom()) continue;
        const bool finished = t.ended && *t.ended <= ph;
        const bool running = !finished && (t.ended || ph < t.deadline);
        const bool important = t.expired || t.kind == tcp::TimerKind::TimeWait;
        // A timer cancelled before it fired mattered while it ran (its countdown shows then);
        // afterwards it would only clutter the lifeline.
        if (finished && !important) continue;
        const QColor c = (important || running) ? theme.timer : withAlpha(theme.timer, 130);
        QPen solid(c, (important || running) ? 1.6 * lw : lw, Qt::SolidLine, Qt::FlatCap);
        p.setPen(solid);
        p.drawLine(QPointF(g.x, g.yArmed), QPointF(g.x + g.tick, g.yArmed));
        if (finished) {
            p.drawLine(QPointF(g.x, g.yArmed), QPointF(g.x, g.yEnd));
            p.drawLine(QPointF(g.x, g.yEnd), QPointF(g.x + g.tick, g.yEnd));
            if (t.expired && t.kind != tcp::TimerKind::TimeWait)
                cross(p, QPointF(g.x, g.yEnd), 0.22 * em, c, lw);
        } else {
            const double yNow = std::clamp(py, g.yArmed, g.yDeadline);
            p.drawLine(QPointF(g.x, g.yArmed), QPointF(g.x, yNow));
            QPen dashed(withAlpha(theme.timer, 150), lw, Qt::DashLine, Qt::FlatCap);
            p.setPen(dashed);
            p.drawLine(QPointF(g.x, yNow), QPointF(g.x, g.yDeadline));
            p.drawLine(QPointF(g.x, g.yDeadline), QPointF(g.x + g.tick, g.yDeadline));
            // The countdown, right at the playhead.
            const Duration left = t.deadline - ph;
            QString text = left > Duration::zero()
                               ? tr("%1 %2 left")
                                     .arg(t.kind == tcp::TimerKind::Retransmission ? tr("RTO")
                                          : t.kind == tcp::TimerKind::TimeWait     ? tr("TIME-WAIT")
                                                                                   : tr("timer"),
                                          formatSeconds(left))
                               : QString();
            if (!text.isEmpty() && o.showPlayhead) {
                p.setFont(L.smallFont);
                const QSizeF size(fmSmall.horizontalAdvance(text) + 0.6 * em, fmSmall.lineSpacing() + 0.2 * em);
                // Beside the bracket at the playhead, but never over a state badge or a label.
                const QRectF r = L.countdownRect(g.index, yNow, size, countdowns);
                countdowns.push_back(r);
                const double h = size.height();
                if (std::abs(r.center().y() - yNow) > 0.5) {
                    // Moved off the playhead: a thin tie shows which moment it belongs to.
                    p.setPen(QPen(theme.timer, lw, Qt::SolidLine, Qt::FlatCap));
                    const double tx = g.host == sim::HostId::A ? r.right() : r.left();
                    const double ty = r.center().y() > yNow ? r.top() : r.bottom();
                    p.drawLine(QPointF(g.x, yNow), QPointF(tx, ty));
                }
                paintPill(p, r, theme.background, theme.timer, lw, h / 2);
                p.setPen(theme.text);
                p.drawText(r, Qt::AlignCenter, text);
            }
        }
        const bool labelNow = t.kind == tcp::TimerKind::TimeWait || finished; // "expired" once it has
        if (labelNow && !g.text.isEmpty() && g.label.bottom() >= exposed.top() &&
            g.label.top() <= exposed.bottom()) {
            p.setFont(L.smallFont);
            p.setPen(theme.mutedText);
            p.drawText(g.label,
                       (g.host == sim::HostId::A ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                       g.text);
        }
    }

    // ----- Application calls ---------------------------------------------------------------
    {
        QFont italic = L.smallFont;
        italic.setItalic(true);
        p.setFont(italic);
        p.setPen(theme.mutedText);
        for (const AppMark& m : L.appMarks) {
            if (!visibleAt(m.at, ph) || m.rect.bottom() < exposed.top() || m.rect.top() > exposed.bottom())
                continue;
            p.drawText(m.rect, (m.host == sim::HostId::A ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                       m.text);
        }
    }

    // ----- State badges --------------------------------------------------------------------
    {
        // The current state of each host: the latest state entered that has not ended.
        std::array<int, 2> current{-1, -1};
        for (std::size_t i = 0; i < L.badges.size(); ++i) {
            const StateBadge& b = L.badges[i];
            if (b.begin <= ph && (!b.end || *b.end > ph)) {
                int& c = current[static_cast<std::size_t>(b.host)];
                if (c < 0 || L.badges[static_cast<std::size_t>(c)].begin <= b.begin) c = static_cast<int>(i);
            }
        }
        for (std::size_t i = 0; i < L.badges.size(); ++i) {
            const StateBadge& b = L.badges[i];
            if (!visibleAt(b.begin, ph) || b.rect.bottom() < exposed.top() || b.rect.top() > exposed.bottom())
                continue;
            const bool isCurrent = current[static_cast<std::size_t>(b.host)] == static_cast<int>(i);
            const double x = L.lifelineX(b.host);
            const double edge = b.host == sim::HostId::A ? b.rect.right() : b.rect.left();
            p.setPen(QPen(isCurrent ? theme.currentState : theme.mutedText, lw, Qt::DotLine));
            p.drawLine(QPointF(x, b.anchorY), QPointF(edge, b.rect.center().y()));
            p.setBrush(isCurrent ? theme.currentState : theme.stateBadge);
            p.setPen(isCurrent ? QPen(theme.currentState, lw) : QPen(theme.mutedText, lw));
            p.drawEllipse(QPointF(x, b.anchorY), 0.2 * em, 0.2 * em);
            paintPill(p, b.rect, isCurrent ? theme.currentState : theme.stateBadge,
                 isCurrent ? theme.currentState : withAlpha(theme.mutedText, 120), lw, 0.3 * em);
            p.setFont(isCurrent ? L.boldFont : L.font);
            p.setPen(isCurrent ? theme.currentStateText : theme.stateBadgeText);
            p.drawText(b.rect, Qt::AlignCenter, b.text);
        }
    }

    // ----- Segments ------------------------------------------------------------------------
    // Painted in layers rather than one segment at a time: retransmission links, the
    // selection, every shaft (one drawLines call per line style), the heads and crosses, and
    // the labels last, so a label is never crossed by another segment's arrow and the pens
    // and fonts change a handful of times per frame instead of several times per segment.
    const std::vector<int> ids = L.segmentsIn(exposed.top(), exposed.bottom());
    int shown = 0;
    for (int id : ids)
        if (tl.segments[static_cast<std::size_t>(id)].sent <= ph) ++shown;
    const bool labels = shown <= o.maxLabelledSegments && em >= 7;
    const double head = 0.6 * em;
    // Cached, pre-shaped label text only where it is pixels anyway: SVG and PDF keep text.
    const bool raster = p.paintEngine() != nullptr && p.paintEngine()->type() == QPaintEngine::Raster;

    // Links from a retransmission to its original: a dashed arc beside the sender's lifeline.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(theme.retransmission, lw, Qt::DashLine, Qt::RoundCap));
    for (int id : ids) {
        const sim::SegmentRecord& rec = tl.segments[static_cast<std::size_t>(id)];
        if (!rec.retransmission || rec.retransmission_of < 0 || rec.sent > ph) continue;
        const SegmentGeometry& g = L.segments[static_cast<std::size_t>(id)];
        const SegmentGeometry& orig = L.segments[static_cast<std::size_t>(rec.retransmission_of)];
        const double dir = rec.from == sim::HostId::A ? 1.0 : -1.0;
        const double bulge = 1.6 * em * dir;
        QPainterPath path(orig.start);
        path.cubicTo(orig.start + QPointF(bulge, 0.4 * em), g.start + QPointF(bulge, -0.4 * em), g.start);
        p.drawPath(path);
    }

    struct Shown {
        int id;
        bool done;
        QPointF tip;
        QPointF dir;
        double headLen;
    };
    std::vector<Shown> drawn;
    drawn.reserve(ids.size());
    // A shaft's visible pieces: the parameters [t0, t1] along from-to.
    struct Piece {
        QPointF from, to;
        double t0, t1;
    };
    constexpr int kKinds = 5;
    std::array<std::vector<Piece>, kKinds> shafts;
    const double margin = 2 * em; // pen widths, caps and the selection's halo
    const QRectF visible = exposed.adjusted(-margin, -margin, margin, margin);
    for (int id : ids) {
        const sim::SegmentRecord& rec = tl.segments[static_cast<std::size_t>(id)];
        if (rec.sent > ph) continue; // not sent yet: hidden
        const SegmentGeometry& g = L.segments[static_cast<std::size_t>(id)];
        const bool done = (rec.arrived && *rec.arrived <= ph) || (rec.dropped && *rec.dropped <= ph);
        const QPointF tip = done ? g.end : L.tipAt(id, py);
        QPointF dir = g.end - g.start;
        const double len = std::hypot(dir.x(), dir.y());
        dir = len > 0 ? dir / len : QPointF(1, 0);
        const double headLen =
            (done && g.lost) ? 0 : std::min(head, std::hypot(tip.x() - g.start.x(), tip.y() - g.start.y()));
        drawn.push_back({id, done, tip, dir, headLen});
        if (o.selected == id) {
            p.setPen(QPen(withAlpha(theme.selection, 170), 3.2 * lw + 0.5 * em, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(g.start, tip);
        }
        const QPointF shaftEnd = tip - dir * (headLen * 0.8);
        // A long antialiased line is the most expensive thing in a frame (Qt's rasterizer
        // spends about 400 instructions per pixel of length), so only what can show is
        // drawn: the part inside the exposed area, less the part under the segment's own
        // opaque label (its rectangle shrunk by the corner radius, so no gap can show at a
        // rounded corner).
        // Not a structured binding: the lambda below captures v0 and v1, which clang 14 (the
        // clang-tidy gate) refuses for bindings (P1091).
        double v0 = 0, v1 = 0;
        std::tie(v0, v1) = clipParameters(g.start, shaftEnd, visible);
        if (v0 >= v1) continue;
        double t0 = 1, t1 = 0;
        if (labels) {
            const QRectF inner = g.label.adjusted(0.3 * em, 0.3 * em, -0.3 * em, -0.3 * em);
            if (inner.isValid()) std::tie(t0, t1) = clipParameters(g.start, shaftEnd, inner);
        }
        auto& out = shafts[static_cast<std::size_t>(g.kind)];
        auto piece = [&](double a, double b) {
            a = std::max(a, v0);
            b = std::min(b, v1);
            if (a < b) out.push_back({g.start, shaftEnd, a, b});
        };
        if (t0 < t1) {
            piece(0, t0);
            piece(t1, 1);
        } else {
            piece(0, 1);
        }
    }
    for (int k = 0; k < kKinds; ++k) {
        const auto& pieces = shafts[static_cast<std::size_t>(k)];
        if (pieces.empty()) continue;
        const auto kind = static_cast<SegmentKind>(k);
        const double width = (kind == SegmentKind::Syn || kind == SegmentKind::Rst) ? 2.2 * lw : 1.5 * lw;
        QPen pen(kindColor(theme, kind), width, Qt::SolidLine, Qt::FlatCap);
        if (kind == SegmentKind::Ack) {
            // Dashed: every piece starts its pattern where it lies along its arrow, so the
            // dashes are where they would be had the whole arrow been drawn (no seams
            // between a partial repaint and what is already on screen).
            pen.setDashPattern({5, 3});
            for (const Piece& s : pieces) {
                const QPointF d = s.to - s.from;
                pen.setDashOffset(s.t0 * std::hypot(d.x(), d.y()) / width);
                p.setPen(pen);
                p.drawLine(s.from + d * s.t0, s.from + d * s.t1);
            }
            continue;
        }
        p.setPen(pen);
        std::vector<QLineF> lines;
        lines.reserve(pieces.size());
        for (const Piece& s : pieces) {
            const QPointF d = s.to - s.from;
            lines.emplace_back(s.from + d * s.t0, s.from + d * s.t1);
        }
        p.drawLines(lines.data(), static_cast<int>(lines.size()));
    }

    // Heads, RST bars, crosses where a segment was lost, dots where one has not left yet.
    for (const Shown& s : drawn) {
        const SegmentGeometry& g = L.segments[static_cast<std::size_t>(s.id)];
        const QColor c = kindColor(theme, g.kind);
        if (g.kind == SegmentKind::Rst) {
            const QPointF nrm(-s.dir.y(), s.dir.x());
            p.setPen(QPen(c, 2.2 * lw, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(g.start + nrm * (0.4 * em) + s.dir * lw, g.start - nrm * (0.4 * em) + s.dir * lw);
        }
        if (s.done && g.lost) {
            cross(p, g.end, 0.45 * em, theme.lost, 2.4 * lw);
        } else if (s.headLen > 0) {
            const QColor fill = g.kind == SegmentKind::Fin ? theme.background : c;
            arrowHead(p, s.tip, s.dir, s.headLen, c, fill);
            if (g.kind == SegmentKind::Data && s.headLen >= head * 0.99)
                arrowHead(p, s.tip - s.dir * (0.45 * head), s.dir, s.headLen, c, fill);
        } else {
            p.setBrush(c);
            p.setPen(Qt::NoPen);
            p.drawEllipse(g.start, 0.22 * em, 0.22 * em);
        }
    }

    if (labels) {
        const QFontMetricsF fm(L.font);
        const QFontMetricsF fmB(L.boldFont);
        // Where drawText(rect, AlignVCenter) puts a line's top: centred on its ascent+descent.
        auto lineTop = [](const QFontMetricsF& m, const QRectF& r) {
            return r.top() + (r.height() - std::ceil(m.ascent() + m.descent())) / 2;
        };
        const QFont* current = nullptr;
        auto useFont = [&](const QFont& f) {
            if (current != &f) p.setFont(f);
            current = &f;
        };
        // One line of a label, centred in `r` (or from r.left() when `left`), as
        // drawText(r, AlignVCenter | ...) would put it. On a raster device the text is shaped
        // the first time and kept in `cached`.
        auto text = [&](const QFont& f, const QFontMetricsF& m, const QRectF& r, const QString& s,
                        QStaticText& cached, bool left) {
            useFont(f);
            if (!raster) {
                p.drawText(r, (left ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter, s);
                return;
            }
            if (cached.text().isEmpty()) {
                cached.setTextFormat(Qt::PlainText);
                cached.setText(s);
                cached.prepare(QTransform(), p.font());
            }
            const double x = left ? r.left() : r.center().x() - cached.size().width() / 2;
            p.drawStaticText(QPointF(x, lineTop(m, r)), cached);
        };
        for (const Shown& s : drawn) {
            const SegmentGeometry& g = L.segments[static_cast<std::size_t>(s.id)];
            const bool selected = o.selected == s.id;
            const QColor c = kindColor(theme, g.kind);
            SegmentLabelText& t = L.labelTextCache(s.id);
            // The label, an opaque tag sitting on its arrow.
            const QRectF& r = g.label;
            paintPill(p, r, theme.background, selected ? theme.text : withAlpha(c, 150), selected ? 1.6 * lw : lw,
                 0.3 * em);
            const double pad = 0.12 * L.lineHeight;
            const QRectF line(r.left(), r.top() + pad, r.width(), L.lineHeight);
            const QColor titleColor = theme.dark ? c.lighter(115) : c.darker(115);
            p.setPen(titleColor);
            if (g.length.isEmpty()) {
                text(L.boldFont, fmB, line, g.title, t.title, false);
            } else {
                // "ACK len=1460": the flags bold, the length plain, centred together.
                const bool shaped = raster && !t.rest.text().isEmpty();
                const QString rest = shaped ? QString() : QLatin1Char(' ') + g.length;
                if (t.restWidth <= 0) {
                    t.titleWidth = fmB.horizontalAdvance(g.title);
                    t.restWidth = fm.horizontalAdvance(rest);
                }
                const double wt = t.titleWidth;
                const double x0 = line.center().x() - (wt + t.restWidth) / 2;
                text(L.boldFont, fmB, QRectF(x0, line.top(), wt + 1, line.height()), g.title, t.title, true);
                p.setPen(theme.text);
                text(L.font, fm, QRectF(x0 + wt, line.top(), line.right() - x0 - wt, line.height()), rest, t.rest,
                     true);
            }
            p.setPen(theme.text);
            text(L.font, fm, line.translated(0, L.lineHeight), g.detail, t.detail, false);
            if (!g.note.isEmpty()) {
                p.setPen(theme.retransmissionText);
                text(L.smallFont, fmSmall,
                     QRectF(r.left(), line.top() + 2 * L.lineHeight, r.width(), fmSmall.lineSpacing()), g.note,
                     t.note, false);
            }
            if (s.done && g.lost) {
                const double y =
                    line.top() + 2 * L.lineHeight + (g.note.isEmpty() ? 0.0 : fmSmall.lineSpacing());
                p.setPen(theme.lostText);
                text(L.boldFont, fmB, QRectF(r.left(), y, r.width(), L.lineHeight), g.lostText, t.lost, false);
            }
        }
    }

    p.restore();
}

} // namespace ackademy::ui
