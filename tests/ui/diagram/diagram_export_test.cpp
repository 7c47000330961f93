// Export to PNG, SVG and PDF: valid files of the right size, atomic, with clear errors.
#include "core/scenario/builtin.hpp"
#include "ui/diagram/diagram_export.hpp"
#include "ui/diagram/sequence_diagram_view.hpp"
#include "ui/document.hpp"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <memory>

namespace ackademy::ui {
namespace {

using namespace std::chrono_literals;

std::unique_ptr<Document> load(const char* name)
{
    auto doc = std::make_unique<Document>();
    auto scenario = scenario::builtin_scenario(name);
    EXPECT_TRUE(scenario.has_value()) << name;
    EXPECT_TRUE(doc->load(*scenario, QString::fromLatin1(name)));
    doc->setPlayhead(doc->endTime());
    return doc;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

TEST(DiagramExport, SvgIsValidXmlAndKeepsTextAsText)
{
    auto doc = load("handshake");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handshake.svg"));
    QString error;
    ASSERT_TRUE(exportDiagram(*doc, Theme::light(), path, {}, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    QString text;
    int textElements = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            ++textElements;
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(textElements, 5);
    EXPECT_TRUE(text.contains(QStringLiteral("SYN+ACK"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3626544836")));
    EXPECT_TRUE(text.contains(QStringLiteral("192.168.1.116:3337")));
}

TEST(DiagramExport, PngAtOneAndTwoTimesIsTheRightSizeAndNotBlank)
{
    auto doc = load("syn-lost");
    QTemporaryDir dir;
    const QString p1 = dir.filePath(QStringLiteral("a.png"));
    const QString p2 = dir.filePath(QStringLiteral("b.png"));
    QString error;
    ExportOptions one;
    ASSERT_TRUE(exportDiagram(*doc, Theme::light(), p1, one, &error)) << error.toStdString();
    ExportOptions two;
    two.scale = 2.0;
    ASSERT_TRUE(exportDiagram(*doc, Theme::darkTheme(), p2, two, &error)) << error.toStdString();
    QImage a(p1);
    QImage b(p2);
    ASSERT_FALSE(a.isNull());
    ASSERT_FALSE(b.isNull());
    EXPECT_GT(a.width(), 600);
    EXPECT_GT(a.height(), 400);
    EXPECT_EQ(b.width(), 2 * a.width());
    EXPECT_EQ(b.height(), 2 * a.height());
    EXPECT_GT(distinctColours(a), 8);
    EXPECT_GT(distinctColours(b), 8);
}

TEST(DiagramExport, VisiblePartIsShorterThanTheWhole)
{
    auto doc = load("fast-retransmit");
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(exportDiagram(*doc, Theme::light(), dir.filePath(QStringLiteral("all.png")), {}, &error));
    ExportOptions part;
    part.timeRange = std::make_pair(std::chrono::microseconds(200ms), std::chrono::microseconds(400ms));
    ASSERT_TRUE(exportDiagram(*doc, Theme::light(), dir.filePath(QStringLiteral("part.png")), part, &error));
    const QImage all(dir.filePath(QStringLiteral("all.png")));
    const QImage some(dir.filePath(QStringLiteral("part.png")));
    EXPECT_EQ(all.width(), some.width());
    EXPECT_LT(some.height(), all.height() / 2);
}

TEST(DiagramExport, PdfStartsWithTheMagic)
{
    auto doc = load("synack-lost");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.pdf"));
    QString error;
    ASSERT_TRUE(exportDiagram(*doc, Theme::light(), path, {}, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_GT(file.size(), 1000);
}

TEST(DiagramExport, MissingFolderFailsWithAMessageAndLeavesNoFile)
{
    auto doc = load("handshake");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/sub/out.png"));
    QString error;
    EXPECT_FALSE(exportDiagram(*doc, Theme::light(), path, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("out.png"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST(DiagramExport, UnknownFormatIsRefusedAndNothingIsWritten)
{
    auto doc = load("handshake");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bmpx"));
    QString error;
    EXPECT_FALSE(exportDiagram(*doc, Theme::light(), path, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("out.bmpx")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST(DiagramExport, OverwritingKeepsTheOldFileUntilTheNewOneIsComplete)
{
    auto doc = load("handshake");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.svg"));
    QString error;
    ASSERT_TRUE(exportDiagram(*doc, Theme::light(), path, {}, &error));
    ASSERT_TRUE(exportDiagram(*doc, Theme::darkTheme(), path, {}, &error));
    // Only the finished file is there: no temporary left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
              QStringList{QStringLiteral("x.svg")});
}

/// Not a test: with ACKADEMY_RENDER_DIR set, renders the lessons for a human to look at.
TEST(DiagramExport, RenderLessonsForReview)
{
    const char* out = std::getenv("ACKADEMY_RENDER_DIR");
    if (out == nullptr) GTEST_SKIP() << "set ACKADEMY_RENDER_DIR to render review pictures";
    QDir().mkpath(QString::fromLocal8Bit(out));
    for (const char* name :
         {"handshake", "syn-lost", "synack-lost", "fast-retransmit", "simultaneous-close",
          "handshake-data-close", "fin-lost-time-wait", "abort-rst", "port-closed", "lossy-link"}) {
        auto doc = load(name);
        const std::vector<Time>& steps = doc->stepTimes();
        const std::vector<std::pair<const char*, Time>> moments = {
            {"end", doc->endTime()},
            {"mid", steps[steps.size() / 2] + 20ms},
            {"early", steps[std::min<std::size_t>(steps.size() - 1, 2)] + 20ms},
        };
        {
            // The widget itself, as the class sees it at 1920x1080, mid-way.
            SequenceDiagramView view(doc.get());
            view.setTheme(Theme::darkTheme());
            view.resize(1920, 1000);
            view.show();
            doc->setPlayhead(steps[steps.size() / 2] + 20ms);
            doc->setSelectedSegment(1);
            view.grab().save(
                QStringLiteral("%1/%2-view.png").arg(QString::fromLocal8Bit(out), QString::fromLatin1(name)));
            doc->setSelectedSegment(-1);
        }
        for (const Theme& theme : {Theme::light(), Theme::darkTheme()}) {
            ExportOptions part;
            part.timeRange =
                std::make_pair(std::chrono::microseconds(150ms), std::chrono::microseconds(650ms));
            part.playhead = 420ms;
            part.showPlayhead = true;
            QString partError;
            EXPECT_TRUE(
                exportDiagram(*doc, theme,
                              QStringLiteral("%1/%2-%3-part.png")
                                  .arg(QString::fromLocal8Bit(out), QString::fromLatin1(name), theme.name),
                              part, &partError));
            for (const auto& [tag, at] : moments) {
                ExportOptions o;
                o.playhead = at;
                o.showPlayhead = std::string(tag) != "end";
                o.width = 1600;
                QString error;
                const QString path = QStringLiteral("%1/%2-%3-%4.png")
                                         .arg(QString::fromLocal8Bit(out), QString::fromLatin1(name),
                                              theme.name, QString::fromLatin1(tag));
                EXPECT_TRUE(exportDiagram(*doc, theme, path, o, &error)) << error.toStdString();
            }
        }
    }
}

} // namespace
} // namespace ackademy::ui
