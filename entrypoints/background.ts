export default defineBackground(() => {
  // Filled in by the board and pages issues.
});
