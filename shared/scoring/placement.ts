// Placement scoring lives in disciplines/placement/score.ts. This path stays only while
// client/referee/heatView.ts imports liftScore from it; remove it once that file asks the
// discipline module (see DESIGN.md, "Disciplines").
export { deviationMm, liftScore, penaltyPoints } from '../disciplines/placement/score.ts';
