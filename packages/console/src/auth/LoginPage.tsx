// The sign-in page: the system's name above react-admin's sign-in form (user name and password).
import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import { Box, Typography } from "@mui/material";
import { Login, LoginForm, useTranslate } from "react-admin";

const Heading = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ px: 3, textAlign: "center" }}>
      <Typography variant="h6" component="h1" sx={{ fontWeight: 700 }}>
        {translate("app.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate("app.subtitle")}
      </Typography>
    </Box>
  );
};

const Hint = () => {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 3, pb: 2, maxWidth: 320 }}>
      {translate("app.auth.hint")}
    </Typography>
  );
};

export const LoginPage = () => (
  <Login
    avatarIcon={<AccountBalanceIcon />}
    sx={{
      backgroundImage: "radial-gradient(circle at 50% 14em, #c62828 0%, #7f0000 60%, #5d0000 100%)",
      "& .RaLogin-card": { minWidth: 340 },
      "& .RaLogin-icon": { bgcolor: "primary.main" },
    }}
  >
    <Heading />
    <LoginForm />
    <Hint />
  </Login>
);
