#pragma once
// Playback: the playhead is virtual time, and playing moves it smoothly. A QTimer runs only
// while playing (Qt's elasticnodes example: no timer ticks while nothing moves).
//
// Time between two step times (see Document::stepTimes) passes at kWallPerVirtual wall
// milliseconds per virtual millisecond at 1x, but no gap takes longer than kMaxGapWall at 1x,
// so an RTO wait or TIME-WAIT passes quickly and the screen never sits still for long.

#include "core/tcp/time.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace ackademy::ui {

class Document;

class PlaybackController : public QObject {
    Q_OBJECT
public:
    /// At 1x, one virtual millisecond lasts this many wall milliseconds (a 50 ms link: 1 s).
    static constexpr double kWallPerVirtual = 20.0;
    /// At 1x, no gap between two step times lasts longer than this (wall milliseconds).
    static constexpr double kMaxGapWallMs = 1200.0;
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 8.0;

    explicit PlaybackController(Document* document, QObject* parent = nullptr);

    bool isPlaying() const { return timer_.isActive(); }
    double speed() const { return speed_; }
    /// Wall milliseconds that the gap [from, to] takes at 1x.
    static double gapWallMs(Time from, Time to);

    // The scrubber runs over the whole timeline with idle gaps compressed as in playback:
    // its position is the wall time at 1x from the start, in milliseconds.
    double scrubLength() const;
    double scrubPosition(Time t) const;
    Time timeAtScrubPosition(double position) const;

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void goToStart();
    void goToEnd();
    /// Clamped to 0.25x..8x.
    void setSpeed(double speed);
    /// Advances the playhead as if `wallMs` milliseconds had passed while playing.
    void advance(double wallMs);

signals:
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void tick();
    void computeScrubMap();

    Document* document_;
    QTimer timer_;
    QElapsedTimer clock_;
    double speed_ = 1.0;
    std::vector<Time> points_;      ///< step times and the end
    std::vector<double> positions_; ///< scrub position of each point
};

} // namespace ackademy::ui
