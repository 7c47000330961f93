// GUI benchmarks (issue 5, "Performance"; figures in docs/performance.md). Offscreen raster.
//
//   BM_PaintBigTimeline/Z   one 1920x1080 frame of a 10,000+ segment timeline (the view's
//                           paint: renderer + sticky headers) at zoom Z/100, 7,919 px further
//                           down each iteration; run with repetitions for the median.
//   BM_ScrollBigTimeline/Z  the same, scrolled by one wheel step (3 lines) per frame.
//   BM_ReplayBigTimeline/Z  the same view every frame, as playback repaints it.
//   BM_PaintBigTimelineFirst/Z  7,919 px further each frame, every label painted for the
//                           first time (its text shaped in the frame): the worst case.
//   BM_DropAndRepaint       drop a segment in a ~1,000-segment scenario: re-simulate (an
//                           undoable Document change), lay the diagram out again and paint
//                           one 1920x1080 frame. The undo is not timed.
//   BM_ColdStartScreenshot  the real `ackademy` binary, started cold with --screenshot at
//                           1920x1080 (process start to exit, PNG written): an upper bound
//                           for "first painted frame".
//   BM_PeakMemoryBigTimeline  the real binary on the 10,000+ segment scenario with
//                           --screenshot --end: its peak resident set (counter peak_MB).
#include "core/scenario/builtin.hpp"
#include "core/scenario/json.hpp"
#include "ui/diagram/diagram_layout.hpp"
#include "ui/diagram/diagram_renderer.hpp"
#include "ui/document.hpp"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

extern char** environ;

using namespace ackademy;

namespace {

/// handshake-data-close with `segmentsOfData` full segments of data from each host.
sim::Scenario bulkScenario(std::uint64_t segmentsOfData)
{
    auto scenario = scenario::builtin_scenario("handshake-data-close");
    for (sim::Action& a : scenario->actions) {
        if (a.kind == sim::ActionKind::Send) {
            a.data.clear();
            a.bytes = segmentsOfData * 1460ULL;
        }
    }
    scenario->until = std::chrono::seconds(3600);
    scenario->name = "bench-gui";
    return *scenario;
}

ui::DiagramLayout layoutOf(const ui::Document& doc, double width, double zoom = 1.0)
{
    ui::DiagramLayoutInput in;
    in.timeline = &doc.timeline();
    in.scenario = &doc.scenario();
    in.width = width;
    in.font = ui::diagramFont(zoom);
    return ui::DiagramLayout(in);
}

/// One frame as SequenceDiagramView::paintEvent draws it.
void paintFrame(QImage& image, const ui::DiagramLayout& l, const ui::Document& doc, double scrollY)
{
    QPainter p(&image);
    const QRectF dirty(0, 0, image.width(), image.height());
    const ui::Theme theme = ui::Theme::light();
    p.fillRect(dirty, theme.background);
    p.translate(0, -scrollY);
    ui::RenderOptions o;
    o.playhead = doc.playhead();
    ui::DiagramRenderer::paint(p, l, doc.timeline(), theme, o, dirty.translated(0, scrollY));
    p.resetTransform();
    ui::DiagramRenderer::paintHeaders(p, l, theme, 0, doc.playhead());
}

/// The 10,003-segment document, simulated once for every benchmark that paints it.
const ui::Document& bigDocument()
{
    static ui::Document* doc = [] {
        auto* d = new ui::Document;
        if (!d->load(bulkScenario(2500), QStringLiteral("big"))) return static_cast<ui::Document*>(nullptr);
        d->setPlayhead(d->endTime());
        return d;
    }();
    return *doc;
}

/// Segments (arrows) a frame at `y` shows: proof that the frame is not an empty stretch.
int arrowsInFrame(const ui::DiagramLayout& l, const ui::Document& doc, double y, double height)
{
    int n = 0;
    for (int id : l.segmentsIn(y + l.headerHeight, y + height))
        if (doc.timeline().segments[static_cast<std::size_t>(id)].sent <= doc.playhead()) ++n;
    return n;
}

/// How a benchmark moves through the diagram from one frame to the next.
enum class Walk : std::uint8_t {
    Jump,   ///< 7,919 px further each frame: always another part of the diagram
    Scroll, ///< a mouse-wheel step (3 lines) each frame: what scrolling repaints
    Replay, ///< the same view each frame: what playback repaints
};

/// One 1920x1080 frame of the 10,003-segment timeline at zoom range(0)/100 (100 is the
/// default zoom; 60 the smallest the view fits a long lesson to), moving as `walk` says.
/// Label texts are shaped the first time a label is painted; BM_PaintBigTimelineFirst
/// measures frames in which every label is painted for the first time.
void paintBig(benchmark::State& state, Walk walk)
{
    const ui::Document& doc = bigDocument();
    const double zoom = static_cast<double>(state.range(0)) / 100.0;
    const ui::DiagramLayout l = layoutOf(doc, 1920, zoom);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double span = std::max(1.0, l.height - 1080);
    const double step = walk == Walk::Jump ? 7919.0 : walk == Walk::Scroll ? 3 * l.lineHeight : 0.0;
    // Jumping starts at the top, as the benchmark always has (its figures stay comparable);
    // the others stay in a dense bulk-transfer stretch a third of the way down.
    double y = walk == Walk::Jump ? 0.0 : span / 3;
    double arrows = 0;
    std::int64_t frames = 0;
    for (auto _ : state) {
        paintFrame(image, l, doc, y);
        benchmark::DoNotOptimize(image.constBits());
        state.PauseTiming();
        arrows += arrowsInFrame(l, doc, y, 1080);
        ++frames;
        y = std::fmod(y + step, span);
        state.ResumeTiming();
    }
    state.counters["segments"] = static_cast<double>(doc.timeline().segments.size());
    state.counters["arrows_per_frame"] = frames > 0 ? arrows / static_cast<double>(frames) : 0;
}

void BM_PaintBigTimeline(benchmark::State& state)
{
    paintBig(state, Walk::Jump);
}
BENCHMARK(BM_PaintBigTimeline)->Arg(100)->Arg(60)->Unit(benchmark::kMillisecond);

void BM_ScrollBigTimeline(benchmark::State& state)
{
    paintBig(state, Walk::Scroll);
}
BENCHMARK(BM_ScrollBigTimeline)->Arg(100)->Arg(60)->Unit(benchmark::kMillisecond);

void BM_ReplayBigTimeline(benchmark::State& state)
{
    paintBig(state, Walk::Replay);
}
BENCHMARK(BM_ReplayBigTimeline)->Arg(100)->Arg(60)->Unit(benchmark::kMillisecond);

/// Every frame shows labels never painted before (a fresh copy of the layout, made outside
/// the timing): the worst case, where every label's text is shaped in the frame.
void BM_PaintBigTimelineFirst(benchmark::State& state)
{
    const ui::Document& doc = bigDocument();
    const double zoom = static_cast<double>(state.range(0)) / 100.0;
    const ui::DiagramLayout original = layoutOf(doc, 1920, zoom);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double span = std::max(1.0, original.height - 1080);
    double y = span / 3;
    for (auto _ : state) {
        state.PauseTiming();
        auto fresh = std::make_unique<ui::DiagramLayout>(original);
        state.ResumeTiming();
        paintFrame(image, *fresh, doc, y);
        benchmark::DoNotOptimize(image.constBits());
        state.PauseTiming();
        fresh.reset();
        y = std::fmod(y + 7919.0, span);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_PaintBigTimelineFirst)->Arg(100)->Arg(60)->Unit(benchmark::kMillisecond);

void BM_DropAndRepaint(benchmark::State& state)
{
    ui::Document doc;
    if (!doc.load(bulkScenario(330), QStringLiteral("thousand"))) {
        state.SkipWithError("cannot simulate");
        return;
    }
    doc.setPlayhead(doc.endTime() / 2);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const int segments = static_cast<int>(doc.timeline().segments.size());
    int victim = segments / 3;
    for (auto _ : state) {
        if (!doc.dropSegment(victim)) {
            state.SkipWithError("drop failed");
            break;
        }
        const ui::DiagramLayout l = layoutOf(doc, 1920);
        paintFrame(image, l, doc, std::max(0.0, l.yAt(doc.playhead()) - 500));
        benchmark::DoNotOptimize(image.constBits());
        state.PauseTiming();
        doc.undoStack()->undo();
        victim = segments / 3 + (victim + 7) % 200;
        state.ResumeTiming();
    }
    state.counters["segments"] = segments;
}
BENCHMARK(BM_DropAndRepaint)->Unit(benchmark::kMillisecond);

/// Runs the GUI binary; returns its exit status, the wall time and the peak RSS in kB.
int runGui(const std::vector<std::string>& args, double* wallMs, long* maxRssKb)
{
    std::vector<char*> argv;
    std::string binary = ACKADEMY_GUI;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, binary.c_str(), nullptr, nullptr, argv.data(), environ) != 0) return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0) return -1;
    *wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    *maxRssKb = usage.ru_maxrss;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void BM_ColdStartScreenshot(benchmark::State& state)
{
    const std::string out = "/tmp/ackademy-bench-" + std::to_string(getpid()) + ".png";
    for (auto _ : state) {
        double ms = 0;
        long rss = 0;
        if (runGui({"synack-lost", "--end", "--size", "1920x1080", "--screenshot", out}, &ms, &rss) != 0) {
            state.SkipWithError("ackademy --screenshot failed");
            break;
        }
        state.SetIterationTime(ms / 1000.0);
    }
    std::remove(out.c_str());
}
BENCHMARK(BM_ColdStartScreenshot)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_PeakMemoryBigTimeline(benchmark::State& state)
{
    const std::string base = "/tmp/ackademy-bench-" + std::to_string(getpid());
    const std::string json = base + ".json";
    const std::string png = base + "-big.png";
    {
        std::ofstream f(json);
        f << scenario::to_json(bulkScenario(2500));
    }
    long peak = 0;
    for (auto _ : state) {
        double ms = 0;
        long rss = 0;
        if (runGui({json, "--end", "--size", "1920x1080", "--screenshot", png}, &ms, &rss) != 0) {
            state.SkipWithError("ackademy on the big scenario failed");
            break;
        }
        peak = std::max(peak, rss);
        state.SetIterationTime(ms / 1000.0);
    }
    state.counters["peak_MB"] = static_cast<double>(peak) / 1024.0;
    std::remove(json.c_str());
    std::remove(png.c_str());
}
BENCHMARK(BM_PeakMemoryBigTimeline)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
