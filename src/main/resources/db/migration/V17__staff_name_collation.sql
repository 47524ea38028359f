-- Staff login names compare as Unicode says, whatever the server's default collation: accents and case ignored
-- (sózial, SOZIAL = sozial), trailing spaces padded away. The login lockout (staff.LoginNames) computes the same
-- equality with ICU at primary strength, so all spellings that find one account count their failures together.
-- Fails if two existing accounts are the same name under this rule: rename one first.
ALTER TABLE staff_account
    MODIFY username VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci NOT NULL;
