#include "BoardTool.h"

namespace Kingside {

void BoardTool::mousePress(QGraphicsSceneMouseEvent *) {}
void BoardTool::mouseMove(QGraphicsSceneMouseEvent *) {}
void BoardTool::mouseRelease(QGraphicsSceneMouseEvent *) {}
void BoardTool::cancel() {}

} // namespace Kingside
