#pragma once

#include "analysis/AnswerHighlight.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Kingside {

// Marks other views put on the board (the questions panel, review comparison, search).
enum class HighlightKind
{
    Check,              // the King in check: red glow
    SingleThreaded,     // a person only one of us knows: orange dashed ring
    IntroductionPath,   // a path of introductions to someone: blue route
    HiddenInfluencer,   // influential but not on our radar: purple eye
    ChangedSinceReview, // changed since the last review: teal delta
    Search,             // the person found by search: yellow ring
    Answer,             // the people and lines of an answer picked in Questions: blue ring
};

struct BoardHighlight
{
    QSet<qint64> people;
    QSet<qint64> relationships;
    bool operator==(const BoardHighlight &other) const = default;
};

using BoardHighlights = QHash<HighlightKind, BoardHighlight>;

// The board's own mark for a question's answer, when it has one (the King's check ring,
// the single-threaded rings …); the screen and the review pack's map draw the same.
inline std::optional<HighlightKind> markFor(AnswerHighlight highlight)
{
    switch (highlight) {
    case AnswerHighlight::KingInCheck:
        return HighlightKind::Check;
    case AnswerHighlight::SingleThreaded:
        return HighlightKind::SingleThreaded;
    case AnswerHighlight::IntroductionPath:
        return HighlightKind::IntroductionPath;
    case AnswerHighlight::HiddenInfluencer:
        return HighlightKind::HiddenInfluencer;
    case AnswerHighlight::Changes:
        return HighlightKind::ChangedSinceReview;
    default:
        return std::nullopt;
    }
}

inline size_t qHash(HighlightKind kind, size_t seed = 0)
{
    return ::qHash(int(kind), seed);
}

} // namespace Kingside
