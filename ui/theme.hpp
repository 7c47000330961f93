#pragma once
// Colours and pens of the diagram, light and dark. Segment kinds use the Okabe-Ito
// colour-blind-safe palette, and every kind also differs in a non-colour cue (line style,
// weight or marker), so colour is never the only cue.

#include <QColor>
#include <QString>

namespace ackademy::ui {

struct Theme {
    QString name; ///< "light" or "dark"
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor lifeline;
    QColor grid;
    QColor syn;            ///< SYN and SYN+ACK
    QColor ack;            ///< pure ACKs
    QColor data;           ///< segments carrying data
    QColor fin;            ///< FIN
    QColor rst;            ///< RST
    QColor lost;           ///< the cross and "lost" label
    QColor retransmission; ///< the link from a retransmission to its original
    QColor timer;          ///< timer brackets
    QColor playhead;
    QColor selection;
    QColor stateBadge; ///< badge fill
    QColor stateBadgeText;
    QColor currentState;       ///< highlight of the current state badge
    QColor currentStateText;   ///< text on the current state badge
    QColor gapBand;            ///< background of a compressed idle gap
    QColor lostText;           ///< "lost: …" (darker than `lost` where text needs contrast)
    QColor retransmissionText; ///< "↻ retransmission #n"
    QColor playheadText;       ///< text on the playhead's time pill

    static Theme light();
    static Theme darkTheme();
    /// "light" or "dark"; anything else gives light.
    static Theme byName(const QString& name);
};

} // namespace ackademy::ui
