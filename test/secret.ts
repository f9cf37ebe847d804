export const TEST_SECRET = "daibiao-test-secret";
